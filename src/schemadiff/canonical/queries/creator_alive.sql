-- The same pid and start time: a pid alone may have been reused by a later session.
SELECT EXISTS (SELECT FROM pg_stat_activity WHERE pid = %s AND backend_start::text = %s)
