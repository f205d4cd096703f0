-- schemadiff rollback
-- 0 to create, 0 to alter, 5 to drop
-- hazard [deletes_data] drops table Order Items and every row in it
-- hazard [deletes_data] drops table a.b and every row in it
-- hazard [deletes_data] drops table café and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."Order Items";
DROP TABLE "public"."a.b";
DROP TABLE "public"."café";
COMMIT;
