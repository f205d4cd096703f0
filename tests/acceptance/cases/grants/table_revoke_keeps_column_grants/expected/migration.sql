-- schemadiff migration
-- 0 to create, 2 to alter, 1 to drop
-- hazard [security] grants UPDATE on column public.orders.status to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE GRANT OPTION FOR SELECT ("note") ON TABLE "public"."orders" FROM "sd_app";
REVOKE DELETE, INSERT, MAINTAIN, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."orders" FROM PUBLIC;
REVOKE UPDATE ON TABLE "public"."orders" FROM "sd_app";
REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."orders" FROM "sd_app";
GRANT UPDATE ("status") ON TABLE "public"."orders" TO PUBLIC;
COMMIT;
