-- schemadiff migration
-- 0 to create, 1 to alter, 1 to drop
-- hazard [deletes_data] drops column people.mood and its data
-- note: rollback cannot restore data: drops column people.mood and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."people" DROP COLUMN "mood";
DROP TYPE "public"."mood";
COMMIT;
