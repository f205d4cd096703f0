-- schemadiff rollback
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP VIEW "public"."customers";
DROP VIEW "public"."order_list";
CREATE VIEW "public"."order_list" AS
SELECT orders.id,
    orders.customer
   FROM public.orders;
CREATE VIEW "public"."customers" AS
SELECT DISTINCT order_list.customer
   FROM public.order_list;
COMMIT;
