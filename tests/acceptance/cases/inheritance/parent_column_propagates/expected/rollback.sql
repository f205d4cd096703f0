-- schemadiff rollback
-- 0 to create, 1 to alter, 1 to drop
-- hazard [deletes_data] drops column base.region and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."base" DROP CONSTRAINT "base_region";
ALTER TABLE "public"."base" DROP COLUMN "region";
COMMIT;
