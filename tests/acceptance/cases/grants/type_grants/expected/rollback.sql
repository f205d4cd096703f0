-- schemadiff rollback
-- 1 to create, 0 to alter, 4 to drop
-- hazard [security] grants USAGE on domain public.email to PUBLIC: every role, present and future
-- hazard [security] grants USAGE on enum public.mood to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT USAGE ON DOMAIN "public"."email" TO PUBLIC;
REVOKE USAGE ON DOMAIN "public"."email" FROM "sd_app";
REVOKE USAGE ON TYPE "public"."color" FROM "sd_app";
GRANT USAGE ON TYPE "public"."mood" TO PUBLIC;
GRANT USAGE ON TYPE "public"."mood" TO "sd_app";
COMMIT;
