-- schemadiff rollback
-- 0 to create, 0 to alter, 7 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE CREATE, USAGE ON SCHEMA "app" FROM "sd_admin";
REVOKE USAGE ON SCHEMA "app" FROM "sd_app";
REVOKE USAGE ON SEQUENCE "app"."invoice_number" FROM "sd_app";
REVOKE DELETE, INSERT, MAINTAIN, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "app"."orders" FROM "sd_admin";
REVOKE INSERT, SELECT, UPDATE ON TABLE "app"."orders" FROM "sd_app";
REVOKE SELECT ON TABLE "app"."order_totals" FROM PUBLIC;
REVOKE SELECT ON TABLE "app"."order_totals" FROM "sd_app";
COMMIT;
