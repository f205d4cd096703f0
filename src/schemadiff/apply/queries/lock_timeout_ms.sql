-- lock_timeout as the server reads it (pg_settings' unit for it is ms; 0: no timeout).
SELECT setting::int FROM pg_settings WHERE name = 'lock_timeout'
