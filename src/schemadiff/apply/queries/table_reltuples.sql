-- The planner's row estimate of a table (its qualified, quoted name); no row: it does not exist.
SELECT c.reltuples FROM pg_class c WHERE c.oid = to_regclass(%s::text)
