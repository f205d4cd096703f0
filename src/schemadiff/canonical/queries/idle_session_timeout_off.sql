-- The admin session waits idle through a whole build or proof, then drops the scratch database:
-- idle_session_timeout off for it (through pg_settings: the setting exists from PostgreSQL 14).
SELECT pg_catalog.set_config(name, '0', false) FROM pg_catalog.pg_settings WHERE name = 'idle_session_timeout'
