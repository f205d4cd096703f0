-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP VIEW "public"."customer_count";
DROP VIEW "public"."customers";
DROP VIEW "public"."order_list";
CREATE VIEW "public"."order_list" AS
SELECT orders.customer,
    orders.id
   FROM public.orders;
CREATE VIEW "public"."customers" AS
SELECT DISTINCT order_list.customer
   FROM public.order_list;
CREATE VIEW "public"."customer_count" AS
SELECT count(*) AS n
   FROM public.customers;
COMMENT ON VIEW "public"."customer_count" IS 'How many customers ordered';
COMMIT;
