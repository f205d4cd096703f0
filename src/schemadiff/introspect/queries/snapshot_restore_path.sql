-- put the caller's search_path back inside its transaction (SET LOCAL outlives a savepoint)
SELECT set_config('search_path', %s, true)
