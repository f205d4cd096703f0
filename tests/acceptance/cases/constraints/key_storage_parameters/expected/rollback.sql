-- schemadiff rollback
-- 0 to create, 2 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" DROP CONSTRAINT "accounts_org_key";
ALTER INDEX "public"."accounts_email_key" SET (fillfactor = '80');
ALTER INDEX "public"."accounts_pkey" SET (fillfactor = '70');
COMMIT;
