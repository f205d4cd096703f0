SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typname = %s AND n.nspname = ANY(%s)
