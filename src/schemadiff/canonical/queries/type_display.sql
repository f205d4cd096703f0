-- A type as PostgreSQL prints it, and its typtype ('p': polymorphic, not nameable in PREPARE).
SELECT format_type(t.oid, NULL), t.typtype FROM pg_type t WHERE t.oid = to_regtype(%s)
