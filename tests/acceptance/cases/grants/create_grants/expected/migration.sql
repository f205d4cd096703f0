-- schemadiff migration
-- 7 to create, 0 to alter, 0 to drop
-- hazard [security] grants SELECT on view app.order_totals to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT CREATE, USAGE ON SCHEMA "app" TO "sd_admin" WITH GRANT OPTION;
GRANT USAGE ON SCHEMA "app" TO "sd_app";
GRANT USAGE ON SEQUENCE "app"."invoice_number" TO "sd_app";
GRANT DELETE, INSERT, MAINTAIN, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "app"."orders" TO "sd_admin";
GRANT INSERT, SELECT, UPDATE ON TABLE "app"."orders" TO "sd_app";
GRANT SELECT ON TABLE "app"."order_totals" TO PUBLIC;
GRANT SELECT ON TABLE "app"."order_totals" TO "sd_app";
COMMIT;
