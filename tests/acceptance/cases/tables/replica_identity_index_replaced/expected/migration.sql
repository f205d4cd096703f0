-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [index_build] builds accounts_email_schemadiff_new concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE UNIQUE INDEX CONCURRENTLY "accounts_email_schemadiff_new" ON "public"."accounts" USING btree (tenant, email);

BEGIN;
ALTER TABLE "public"."accounts" REPLICA IDENTITY USING INDEX "accounts_email_schemadiff_new";
COMMIT;

DROP INDEX CONCURRENTLY "public"."accounts_email";

BEGIN;
ALTER INDEX "public"."accounts_email_schemadiff_new" RENAME TO "accounts_email";
COMMIT;
