-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
COMMENT ON TABLE "public"."invoices" IS NULL;
COMMENT ON COLUMN "public"."invoices"."total" IS NULL;
COMMENT ON COLUMN "public"."invoices"."status" IS 'old comment';
COMMIT;
