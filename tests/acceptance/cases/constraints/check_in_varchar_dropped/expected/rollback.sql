-- schemadiff rollback
-- 1 to create, 0 to alter, 0 to drop
-- hazard [validation_scan] validates shipments_status_check with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."shipments" ADD CONSTRAINT "shipments_status_check" CHECK (status NOT IN ('lost', 'stolen')) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."shipments" VALIDATE CONSTRAINT "shipments_status_check";
COMMIT;
