-- schemadiff migration
-- 1 to create, 2 to alter, 0 to drop
-- hazard [index_build] builds accounts_org_key concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER INDEX "public"."accounts_email_key" RESET (fillfactor);
ALTER INDEX "public"."accounts_pkey" SET (fillfactor = '90');
COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY "accounts_org_key" ON "public"."accounts" USING btree (org) WITH (fillfactor = '60');

BEGIN;
ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_org_key" UNIQUE USING INDEX "accounts_org_key";
COMMIT;
