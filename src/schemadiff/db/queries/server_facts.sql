SELECT current_setting('server_version_num')::int AS version_num,
       r.rolsuper AS is_superuser,
       r.rolsuper OR r.rolcreatedb AS can_create_database,
       current_database() AS current_database,
       ARRAY(SELECT name FROM pg_catalog.pg_available_extensions) AS available_extensions,
       (SELECT setting FROM pg_catalog.pg_settings
         WHERE name = 'shared_preload_libraries') AS preload,
       EXISTS (SELECT FROM pg_catalog.pg_stat_activity
                WHERE backend_type = 'pg_cron launcher'
                   OR application_name = 'pg_cron scheduler') AS cron_launcher,
       (SELECT setting FROM pg_catalog.pg_settings
         WHERE name = 'cron.database_name') AS cron_database_name
  FROM pg_catalog.pg_roles r
 WHERE r.rolname = current_user
