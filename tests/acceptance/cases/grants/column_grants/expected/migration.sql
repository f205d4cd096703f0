-- schemadiff migration
-- 5 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT INSERT ON TABLE "public"."orders" TO "sd_app";
ALTER TABLE "public"."orders" ADD COLUMN "note" text;
GRANT SELECT ("id") ON TABLE "public"."orders" TO "sd_app";
GRANT SELECT ("note"), UPDATE ("note") ON TABLE "public"."orders" TO "sd_app";
GRANT UPDATE ("status") ON TABLE "public"."orders" TO "sd_app";
GRANT SELECT ("total") ON TABLE "public"."orders" TO "sd_app";
COMMIT;
