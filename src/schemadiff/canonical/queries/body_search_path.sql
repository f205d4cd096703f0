-- The function's own search_path, for this transaction only (always rolled back).
SELECT set_config('search_path', %s, true)
