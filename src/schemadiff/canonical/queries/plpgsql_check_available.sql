SELECT 1 FROM pg_available_extensions WHERE name = 'plpgsql_check'
