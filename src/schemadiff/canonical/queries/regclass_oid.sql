SELECT to_regclass(%s)::oid
