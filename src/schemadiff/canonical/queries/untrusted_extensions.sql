-- Whether any of the given extensions (an array of names) only a superuser may create.
SELECT count(*) > 0 FROM pg_catalog.pg_available_extension_versions
 WHERE name = ANY(%s) AND (superuser AND NOT trusted)
