-- schemadiff migration
-- 0 to create, 2 to alter, 2 to drop
-- hazard [deletes_data] drops column orders.note and its data
-- note: rollback cannot restore data: drops column orders.note and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" RENAME COLUMN "total" TO "amount";
REVOKE SELECT ("id") ON TABLE "public"."orders" FROM PUBLIC;
REVOKE UPDATE ("status") ON TABLE "public"."orders" FROM "sd_app";
GRANT SELECT ("status") ON TABLE "public"."orders" TO "sd_app";
ALTER TABLE "public"."orders" DROP COLUMN "note";
COMMIT;
