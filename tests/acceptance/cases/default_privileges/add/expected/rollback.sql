-- schemadiff rollback
-- 0 to create, 0 to alter, 3 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE USAGE ON SEQUENCES FROM "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE INSERT, SELECT, UPDATE ON TABLES FROM "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE SELECT ON TABLES FROM "sd_reporting";
COMMIT;
