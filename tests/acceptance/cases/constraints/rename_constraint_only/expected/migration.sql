-- schemadiff migration
-- 0 to create, 4 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" RENAME CONSTRAINT "fk_cust" TO "orders_customer_id_fkey";
ALTER TABLE "public"."orders" RENAME CONSTRAINT "orders_uq" TO "orders_customer_id_qty_key";
ALTER TABLE "public"."orders" RENAME CONSTRAINT "orders_pkey" TO "orders_pk";
ALTER TABLE "public"."orders" RENAME CONSTRAINT "qty_positive" TO "orders_qty_check";
COMMIT;
