-- schemadiff rollback
-- 0 to create, 0 to alter, 3 to drop
-- hazard [deletes_data] drops table new_items and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."new_items";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" REVOKE SELECT ON TABLES FROM "sd_app";
COMMIT;
