-- schemadiff migration
-- 0 to create, 0 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."shipments" DROP CONSTRAINT "shipments_status_check";
COMMIT;
