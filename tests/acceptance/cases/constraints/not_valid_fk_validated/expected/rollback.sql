-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- note: constraint orders_customer_id_fkey becomes NOT VALID: dropped and added again NOT VALID (no scan), so existing rows are no longer guaranteed to satisfy it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
COMMIT;
