-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop
-- hazard [deletes_data] drops column accounts.note and its data
-- hazard [index_build] builds accounts_email concurrently: slower, no write lock; resumable
-- note: rollback cannot restore data: drops column accounts.note and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" REPLICA IDENTITY FULL;
COMMIT;

DROP INDEX CONCURRENTLY "public"."accounts_email";

BEGIN;
ALTER TABLE "public"."accounts" DROP COLUMN "note";
COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY "accounts_email" ON "public"."accounts" USING btree (tenant, email);

BEGIN;
ALTER TABLE "public"."accounts" REPLICA IDENTITY USING INDEX "accounts_email";
COMMIT;
