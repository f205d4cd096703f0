SELECT lineno, message FROM plpgsql_check_function_tb(%s::regprocedure, %s::regclass)
WHERE level = 'error'
