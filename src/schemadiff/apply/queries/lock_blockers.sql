-- Our ungranted lock request and every session pg_blocking_pids says is in its way (blockers.py).
SELECT w.locktype, w.relation::regclass::text, w.mode,
       b.pid, coalesce(b.application_name, ''), coalesce(b.state, ''),
       extract(epoch FROM now() - b.xact_start)::float8
FROM pg_locks w
CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
JOIN pg_stat_activity b ON b.pid = bp.pid
WHERE w.pid = %s AND NOT w.granted
ORDER BY b.xact_start NULLS LAST, b.pid
