-- schemadiff rollback
-- 0 to create, 0 to alter, 2 to drop
-- hazard [deletes_data] drops table blobs and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."blobs";
COMMIT;
