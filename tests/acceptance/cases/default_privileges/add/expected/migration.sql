-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT USAGE ON SEQUENCES TO "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT INSERT, SELECT, UPDATE ON TABLES TO "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT SELECT ON TABLES TO "sd_reporting" WITH GRANT OPTION;
COMMIT;
