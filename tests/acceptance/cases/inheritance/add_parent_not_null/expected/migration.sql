-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates events_id_nn_schemadiff with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" ADD COLUMN "note" text;
ALTER TABLE "public"."events" ADD CONSTRAINT "events_id_nn_schemadiff" CHECK ("id" IS NOT NULL) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."events" VALIDATE CONSTRAINT "events_id_nn_schemadiff";
COMMIT;

BEGIN;
ALTER TABLE "public"."events" ALTER COLUMN "id" SET NOT NULL;
ALTER TABLE "public"."events" DROP CONSTRAINT "events_id_nn_schemadiff";
COMMIT;

BEGIN;
ALTER TABLE "public"."events" INHERIT "public"."base";
COMMIT;
