-- schemadiff migration
-- 1 to create, 1 to alter, 0 to drop
-- hazard [index_build] builds accounts_email_key concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE UNIQUE INDEX CONCURRENTLY "accounts_email_key" ON "public"."accounts" USING btree (email);

BEGIN;
ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_email_key" UNIQUE USING INDEX "accounts_email_key";
COMMIT;

BEGIN;
ALTER TABLE "public"."accounts" REPLICA IDENTITY USING INDEX "accounts_email_key";
COMMIT;
