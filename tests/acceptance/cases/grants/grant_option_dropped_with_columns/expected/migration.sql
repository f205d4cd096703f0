-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE GRANT OPTION FOR SELECT ("note") ON TABLE "public"."orders" FROM "sd_app";
REVOKE GRANT OPTION FOR UPDATE ("status") ON TABLE "public"."orders" FROM "sd_app";
REVOKE GRANT OPTION FOR SELECT, UPDATE ON TABLE "public"."orders" FROM "sd_app";
COMMIT;
