SELECT pg_catalog.current_setting('fsync') = 'off'
