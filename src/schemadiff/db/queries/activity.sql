SELECT (SELECT count(*) FROM pg_stat_activity
        WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()),
       (SELECT coalesce(sum(sessions), 0) FROM pg_stat_database)
