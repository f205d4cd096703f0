UPDATE schemadiff.history
SET status = %s, error = coalesce(%s, error), finished_at = now(),
    fingerprint_after = coalesce(%s, fingerprint_after), cleanup = coalesce(%s, cleanup),
    left_fingerprint = coalesce(%s, left_fingerprint)
WHERE id = %s
