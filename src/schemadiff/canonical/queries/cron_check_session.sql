-- A job starts in a fresh session: the database's default search_path, not the build's. With
-- check_function_bodies on, creating a SQL function parses and analyses its body (cron.py).
SET LOCAL search_path TO DEFAULT;
SET LOCAL check_function_bodies = on;
