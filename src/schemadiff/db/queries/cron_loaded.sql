SELECT COALESCE(NOT 'NO_SHOW_ALL' = ANY (pg_catalog.pg_settings_get_flags('cron.host')), false)
