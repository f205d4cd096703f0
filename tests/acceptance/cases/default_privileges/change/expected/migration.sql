-- schemadiff migration
-- 0 to create, 2 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE DELETE ON TABLES FROM "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE GRANT OPTION FOR SELECT ON TABLES FROM "sd_reporting";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE USAGE ON TYPES FROM "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT UPDATE ON TABLES TO "sd_app";
COMMIT;
