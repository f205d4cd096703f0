-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop
-- hazard [index_build] builds accounts_live_email_key concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE UNIQUE INDEX CONCURRENTLY "accounts_live_email_key" ON "public"."accounts" USING btree (email) WHERE (deleted_at IS NULL);
