-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates orders_customer_id_fkey with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE RESTRICT NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_customer_id_fkey";
COMMIT;
