-- Advisory locks are per database: only this database's holder counts (status.py).
SELECT count(*) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND objid = (%s::bigint & 4294967295)::oid
  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
