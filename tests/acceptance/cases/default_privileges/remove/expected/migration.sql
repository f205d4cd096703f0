-- schemadiff migration
-- 0 to create, 0 to alter, 4 to drop
-- hazard [security] grants USAGE on types sd_owner creates to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_app" REVOKE CREATE ON SCHEMAS FROM "sd_reporting";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE SELECT ON TABLES FROM "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT USAGE ON TYPES TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" IN SCHEMA "app" REVOKE EXECUTE ON FUNCTIONS FROM "sd_app";
COMMIT;
