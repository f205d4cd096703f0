INSERT INTO schemadiff.history (kind, status, schema_hash, summary, forward_sql, rollback_sql,
    rollback_batches, fingerprint_before, fingerprint_after, pid, backend_start,
    forward_batches, owned, before_schema, of_entry, progress_fingerprint, rollback_owned)
VALUES (%s, 'running', %s, %s, %s, %s, %s, %s, %s, pg_backend_pid(),
    (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()),
    %s, %s, %s, %s, %s, %s)
RETURNING id
