-- schemadiff rollback
-- 1 to create, 2 to alter, 0 to drop
-- hazard [security] grants DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE on table public.orders to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT SELECT ("note") ON TABLE "public"."orders" TO "sd_app" WITH GRANT OPTION;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."orders" TO PUBLIC;
GRANT SELECT, UPDATE ON TABLE "public"."orders" TO "sd_app" WITH GRANT OPTION;
COMMIT;
