SELECT to_regprocedure(%s)::oid
