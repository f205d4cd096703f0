-- schemadiff rollback
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT SELECT ("note") ON TABLE "public"."orders" TO "sd_app" WITH GRANT OPTION;
GRANT UPDATE ("status") ON TABLE "public"."orders" TO "sd_app" WITH GRANT OPTION;
GRANT SELECT, UPDATE ON TABLE "public"."orders" TO "sd_app" WITH GRANT OPTION;
COMMIT;
