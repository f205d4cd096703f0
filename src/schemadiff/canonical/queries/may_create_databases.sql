SELECT rolcreatedb OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user
