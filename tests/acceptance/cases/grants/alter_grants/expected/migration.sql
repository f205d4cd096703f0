-- schemadiff migration
-- 0 to create, 2 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE SELECT ON TABLE "public"."orders" FROM PUBLIC;
REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."orders" FROM "sd_admin";
REVOKE DELETE ON TABLE "public"."orders" FROM "sd_app";
GRANT INSERT ON TABLE "public"."orders" TO "sd_admin";
GRANT UPDATE ON TABLE "public"."orders" TO "sd_app";
COMMIT;
