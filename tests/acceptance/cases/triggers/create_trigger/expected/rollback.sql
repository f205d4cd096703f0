-- schemadiff rollback
-- 0 to create, 0 to alter, 6 to drop
-- hazard [deletes_data] drops table ledgers and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "accounts_no_truncate" ON "public"."accounts";
DROP TRIGGER "accounts_status_log" ON "public"."accounts";
DROP TABLE "public"."ledgers";
DROP FUNCTION "public"."refuse_truncate"();
COMMIT;
