-- schemadiff rollback
-- 0 to create, 0 to alter, 6 to drop
-- hazard [deletes_data] drops table sessions_p0 and every row in it
-- hazard [deletes_data] drops table sessions_p1 and every row in it
-- hazard [deletes_data] drops table sessions_p2 and every row in it
-- hazard [deletes_data] drops table sessions_p3 and every row in it
-- hazard [deletes_data] drops table sessions and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."sessions_p0";
DROP TABLE "public"."sessions_p1";
DROP TABLE "public"."sessions_p2";
DROP TABLE "public"."sessions_p3";
DROP TABLE "public"."sessions";
COMMIT;
