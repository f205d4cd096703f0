-- schemadiff migration
-- 0 to create, 0 to alter, 3 to drop
-- hazard [deletes_data] drops table legacy_log and every row in it
-- note: rollback cannot restore data: drops table legacy_log and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."legacy_log";
COMMIT;
