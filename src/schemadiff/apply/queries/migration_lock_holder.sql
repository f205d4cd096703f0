-- pg_locks splits a bigint advisory key: its low 32 bits are objid.
SELECT a.pid, a.application_name FROM pg_locks l JOIN pg_stat_activity a USING (pid)
WHERE l.locktype = 'advisory' AND l.objid = (%s::bigint & 4294967295)::oid AND l.granted
LIMIT 1
