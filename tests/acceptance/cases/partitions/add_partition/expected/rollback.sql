-- schemadiff rollback
-- 0 to create, 0 to alter, 1 to drop
-- hazard [deletes_data] drops table events_2026_03 and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."events_2026_03";
COMMIT;
