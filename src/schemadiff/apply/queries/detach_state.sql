-- A partition's detach state: pending (inhdetachpending), attached, or no row once detached.
SELECT i.inhdetachpending FROM pg_inherits i
JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE n.nspname = %s AND c.relname = %s AND pn.nspname = %s AND p.relname = %s
