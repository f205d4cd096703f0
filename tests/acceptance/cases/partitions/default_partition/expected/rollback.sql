-- schemadiff rollback
-- 0 to create, 0 to alter, 1 to drop
-- hazard [deletes_data] drops table events_default and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."events_default";
COMMIT;
