-- schema.yaml's unqualified names resolve in public during the build, as on the target.
SET search_path = public
