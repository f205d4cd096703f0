-- idle_session_timeout off for this session only, through pg_settings: the setting exists from
-- PostgreSQL 14, and older servers run the same text (no row, nothing set).
SELECT pg_catalog.set_config(name, '0', false) FROM pg_catalog.pg_settings WHERE name = 'idle_session_timeout'
