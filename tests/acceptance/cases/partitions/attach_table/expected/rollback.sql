-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates readings_2026_bound_schemadiff with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."readings_2026" ADD CONSTRAINT "readings_2026_bound_schemadiff" CHECK (((taken_at IS NOT NULL) AND (taken_at >= '2026-01-01'::date) AND (taken_at < '2027-01-01'::date))) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."readings_2026" VALIDATE CONSTRAINT "readings_2026_bound_schemadiff";
COMMIT;

ALTER TABLE "public"."readings" DETACH PARTITION "public"."readings_2026" CONCURRENTLY;

BEGIN;
ALTER TABLE "public"."readings_2026" DROP CONSTRAINT "readings_2026_bound_schemadiff";
COMMIT;
