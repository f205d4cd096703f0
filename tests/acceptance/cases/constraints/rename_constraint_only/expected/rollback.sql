-- schemadiff rollback
-- 0 to create, 4 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" RENAME CONSTRAINT "orders_customer_id_fkey" TO "fk_cust";
ALTER TABLE "public"."orders" RENAME CONSTRAINT "orders_pk" TO "orders_pkey";
ALTER TABLE "public"."orders" RENAME CONSTRAINT "orders_customer_id_qty_key" TO "orders_uq";
ALTER TABLE "public"."orders" RENAME CONSTRAINT "orders_qty_check" TO "qty_positive";
COMMIT;
