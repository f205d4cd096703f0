UPDATE schemadiff.history SET done_batches = %s, progress_fingerprint = %s WHERE id = %s
