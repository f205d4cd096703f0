-- schemadiff rollback
-- 0 to create, 0 to alter, 2 to drop
-- hazard [security] grants EXECUTE on functions sd_owner creates to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" REVOKE EXECUTE ON FUNCTIONS FROM "sd_app";
COMMIT;
