-- pg_cron in the connected database: can cron.job be read here (the extension exists only in the
-- database named by cron.database_name), and what a declared job defaults to. One row.
-- cron.database_name is read from pg_settings, which hides it from unprivileged roles
-- (current_setting() would raise for them), as is shared_preload_libraries: then a running pg_cron
-- launcher is the evidence that it is preloaded (db/server.py reads the same facts), and when the
-- launcher is between restarts, cron_loaded.sql.
SELECT pg_catalog.current_database() AS database,
       pg_catalog.current_setting('server_version_num')::int AS server_version,
       current_user AS username,
       (SELECT setting FROM pg_catalog.pg_settings
         WHERE name = 'cron.database_name') AS database_name,
       (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'pg_cron') AS version,
       (SELECT default_version FROM pg_catalog.pg_available_extensions
         WHERE name = 'pg_cron') AS default_version,
       COALESCE('pg_cron' = ANY (pg_catalog.string_to_array(pg_catalog.replace(pg_catalog.replace(
                   (SELECT setting FROM pg_catalog.pg_settings
                     WHERE name = 'shared_preload_libraries'), ' ', ''), '"', ''), ',')),
                EXISTS (SELECT FROM pg_catalog.pg_stat_activity
                         WHERE backend_type = 'pg_cron launcher'
                            OR application_name = 'pg_cron scheduler')) AS preloaded,
       EXISTS (SELECT FROM pg_catalog.pg_extension e
                 JOIN pg_catalog.pg_namespace n ON n.nspname = 'cron'
                 JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = 'job'
                WHERE e.extname = 'pg_cron'
                  AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')
                  AND pg_catalog.has_table_privilege(c.oid, 'SELECT')) AS readable
