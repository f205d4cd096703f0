-- schemadiff rollback
-- 0 to create, 1 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" REPLICA IDENTITY DEFAULT;
ALTER TABLE "public"."accounts" DROP CONSTRAINT "accounts_email_key";
COMMIT;
