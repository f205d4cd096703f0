-- schemadiff rollback
-- 0 to create, 1 to alter, 5 to drop
-- hazard [deletes_data] drops column orders.note and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE SELECT ("id") ON TABLE "public"."orders" FROM "sd_app";
REVOKE UPDATE ("status") ON TABLE "public"."orders" FROM "sd_app";
REVOKE SELECT ("total") ON TABLE "public"."orders" FROM "sd_app";
REVOKE INSERT ON TABLE "public"."orders" FROM "sd_app";
ALTER TABLE "public"."orders" DROP COLUMN "note";
COMMIT;
