-- schemadiff migration
-- 4 to create, 0 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE USAGE ON TYPE "public"."mood" FROM "sd_app";
REVOKE USAGE ON DOMAIN "public"."email" FROM PUBLIC;
GRANT USAGE ON DOMAIN "public"."email" TO "sd_app";
GRANT USAGE ON TYPE "public"."color" TO "sd_app";
REVOKE USAGE ON TYPE "public"."mood" FROM PUBLIC;
COMMIT;
