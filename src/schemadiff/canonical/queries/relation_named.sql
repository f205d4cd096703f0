-- Does a relation of this name exist in one of these schemas (a body's reference, bodies.py)?
SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = %s AND n.nspname = ANY(%s)
