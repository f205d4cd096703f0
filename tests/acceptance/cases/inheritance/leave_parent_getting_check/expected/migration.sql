-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop
-- hazard [validation_scan] validates base_note_nn_schemadiff with a scan that does not block writes
-- hazard [validation_scan] validates ledger_note_nn_schemadiff with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."ledger" ADD CONSTRAINT "ledger_note_nn_schemadiff" CHECK ("note" IS NOT NULL) NOT VALID;
ALTER TABLE "public"."ledger" NO INHERIT "public"."base";
ALTER TABLE "public"."base" ADD CONSTRAINT "base_note_nn_schemadiff" CHECK ("note" IS NOT NULL) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."base" VALIDATE CONSTRAINT "base_note_nn_schemadiff";
COMMIT;

BEGIN;
ALTER TABLE "public"."base" ALTER COLUMN "note" SET NOT NULL;
ALTER TABLE "public"."base" DROP CONSTRAINT "base_note_nn_schemadiff";
COMMIT;

BEGIN;
ALTER TABLE "public"."ledger" VALIDATE CONSTRAINT "ledger_note_nn_schemadiff";
COMMIT;

BEGIN;
ALTER TABLE "public"."ledger" ALTER COLUMN "note" SET NOT NULL;
ALTER TABLE "public"."ledger" DROP CONSTRAINT "ledger_note_nn_schemadiff";
COMMIT;
