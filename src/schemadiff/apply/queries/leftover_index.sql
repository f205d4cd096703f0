-- Is it valid, and has a constraint adopted it (then it is no longer a helper)?
SELECT i.indisvalid, EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s
