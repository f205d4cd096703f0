-- Whether pg_cron's library is loaded in this backend, for a role that cannot read
-- shared_preload_libraries while the launcher is between restarts (see db/server.py): only the
-- library defines cron.host, and pg_settings_get_flags (PostgreSQL 15+) answers any role; a
-- placeholder left in postgresql.conf without the library reads as NO_SHOW_ALL. One row.
SELECT COALESCE(NOT 'NO_SHOW_ALL' = ANY (pg_catalog.pg_settings_get_flags('cron.host')), false)
       AS loaded
