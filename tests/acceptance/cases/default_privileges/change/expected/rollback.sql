-- schemadiff rollback
-- 1 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE UPDATE ON TABLES FROM "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT DELETE ON TABLES TO "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT SELECT ON TABLES TO "sd_reporting" WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT USAGE ON TYPES TO "sd_app";
COMMIT;
