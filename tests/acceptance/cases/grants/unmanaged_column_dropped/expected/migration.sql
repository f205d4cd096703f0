-- schemadiff migration
-- 0 to create, 1 to alter, 2 to drop
-- hazard [deletes_data] drops column accounts.total and its data
-- note: rollback cannot restore data: drops column accounts.total and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" DROP COLUMN "total";
COMMIT;
