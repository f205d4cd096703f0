-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT SELECT ON TABLE "public"."orders" TO "sd_app" WITH GRANT OPTION;
COMMIT;
