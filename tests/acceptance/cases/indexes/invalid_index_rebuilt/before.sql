-- The leftover of a CREATE UNIQUE INDEX CONCURRENTLY that failed on a duplicate (since removed).
-- before.sql runs as one implicit transaction, where CONCURRENTLY is refused, so the INVALID
-- state is set as the failed build leaves it: indisvalid false, the index still there by name.
CREATE TABLE users (id integer PRIMARY KEY, handle text NOT NULL);
CREATE UNIQUE INDEX users_handle_uidx ON users (handle);
UPDATE pg_catalog.pg_index SET indisvalid = false
 WHERE indexrelid = 'public.users_handle_uidx'::pg_catalog.regclass;
