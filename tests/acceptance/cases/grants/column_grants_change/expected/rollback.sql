-- schemadiff rollback
-- 2 to create, 2 to alter, 0 to drop
-- hazard [security] grants SELECT on column public.orders.id to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" RENAME COLUMN "amount" TO "total";
REVOKE SELECT ("status") ON TABLE "public"."orders" FROM "sd_app";
ALTER TABLE "public"."orders" ADD COLUMN "note" text;
GRANT SELECT ("id") ON TABLE "public"."orders" TO PUBLIC;
GRANT SELECT ("note") ON TABLE "public"."orders" TO "sd_app";
GRANT UPDATE ("status") ON TABLE "public"."orders" TO "sd_app";
COMMIT;
