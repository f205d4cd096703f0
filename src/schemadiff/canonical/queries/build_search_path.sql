-- schema.yaml's unqualified names resolve in public during the build.
SET search_path = public
