-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates orders_note_nn_schemadiff with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_note_nn_schemadiff" CHECK ("note" IS NOT NULL) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_note_nn_schemadiff";
COMMIT;

BEGIN;
ALTER TABLE "public"."orders" ALTER COLUMN "note" SET NOT NULL;
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_note_nn_schemadiff";
COMMIT;
