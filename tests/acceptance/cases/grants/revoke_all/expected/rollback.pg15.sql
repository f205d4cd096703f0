-- schemadiff rollback
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."orders" TO "sd_admin";
GRANT SELECT ON TABLE "public"."orders" TO "sd_app";
COMMIT;
