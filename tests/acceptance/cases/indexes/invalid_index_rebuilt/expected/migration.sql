-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [index_build] builds users_handle_uidx concurrently: slower, no write lock; resumable
-- note: index users_handle_uidx is INVALID (a failed or interrupted concurrent build) and enforces nothing: it is dropped and built again; the rollback keeps the rebuilt one, since no statement makes an index INVALID on purpose

SET lock_timeout = '1s';
SET statement_timeout = '0';

DROP INDEX CONCURRENTLY "public"."users_handle_uidx";

CREATE UNIQUE INDEX CONCURRENTLY "users_handle_uidx" ON "public"."users" USING btree (handle);
