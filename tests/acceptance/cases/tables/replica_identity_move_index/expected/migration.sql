-- schemadiff migration
-- 0 to create, 1 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" REPLICA IDENTITY USING INDEX "accounts_pkey";
COMMIT;

DROP INDEX CONCURRENTLY "public"."accounts_email";
