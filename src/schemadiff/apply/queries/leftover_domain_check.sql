SELECT c.convalidated FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid
JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = %s AND t.typname = %s AND c.conname = %s
