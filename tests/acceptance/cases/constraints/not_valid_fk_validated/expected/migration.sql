-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates orders_customer_id_fkey with a scan that does not block writes
-- note: constraint orders_customer_id_fkey is NOT VALID and is wanted valid: VALIDATE checks the existing rows and fails if one violates it (declare `valid: false` to leave them unchecked)

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_customer_id_fkey";
COMMIT;
