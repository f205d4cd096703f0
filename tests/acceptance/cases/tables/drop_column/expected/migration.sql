-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [deletes_data] drops column users.legacy_flags and its data
-- note: rollback cannot restore data: drops column users.legacy_flags and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."users" DROP COLUMN "legacy_flags";
COMMIT;
