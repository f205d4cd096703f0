-- schemadiff rollback
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE VIEW "public"."order_list" AS
SELECT id,
    customer
   FROM public.orders;
CREATE MATERIALIZED VIEW "public"."customers" AS
SELECT DISTINCT customer
   FROM public.orders
WITH DATA;
CREATE UNIQUE INDEX "customers_customer" ON "public"."customers" USING btree (customer);
COMMIT;
