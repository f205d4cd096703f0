-- schemadiff rollback
-- 1 to create, 2 to alter, 0 to drop
-- hazard [security] grants SELECT on table public.orders to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE INSERT ON TABLE "public"."orders" FROM "sd_admin";
REVOKE UPDATE ON TABLE "public"."orders" FROM "sd_app";
GRANT SELECT ON TABLE "public"."orders" TO PUBLIC;
GRANT SELECT ON TABLE "public"."orders" TO "sd_admin" WITH GRANT OPTION;
GRANT DELETE ON TABLE "public"."orders" TO "sd_app";
COMMIT;
