-- schemadiff migration
-- 2 to create, 1 to alter, 0 to drop
-- hazard [index_build] builds users_email_key concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE EXTENSION IF NOT EXISTS "citext" SCHEMA "public";
ALTER TABLE "public"."users" ADD COLUMN "email" public.citext;
COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY "users_email_key" ON "public"."users" USING btree (email);

BEGIN;
ALTER TABLE "public"."users" ADD CONSTRAINT "users_email_key" UNIQUE USING INDEX "users_email_key";
COMMIT;
