-- Which of the roles schema.yaml names (the one parameter, a text[]) exist on the scratch server.
SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)
