-- schemadiff migration
-- 0 to create, 0 to alter, 2 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REVOKE DELETE, INSERT, MAINTAIN, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."orders" FROM "sd_admin";
REVOKE SELECT ON TABLE "public"."orders" FROM "sd_app";
COMMIT;
