-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
COMMENT ON TABLE "public"."invoices" IS 'One row per invoice; it''s immutable once issued';
COMMENT ON COLUMN "public"."invoices"."total" IS 'Gross amount in the invoice currency';
COMMENT ON COLUMN "public"."invoices"."status" IS NULL;
COMMIT;
