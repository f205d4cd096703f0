-- schemadiff rollback
-- 0 to create, 0 to alter, 5 to drop
-- hazard [deletes_data] drops table cache_entries and every row in it
-- hazard [deletes_data] drops sequence scratch_no and its current value

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."cache_entries";
DROP SEQUENCE "public"."scratch_no";
COMMIT;
