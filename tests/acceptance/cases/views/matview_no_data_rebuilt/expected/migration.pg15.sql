-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."customer_totals";
CREATE MATERIALIZED VIEW "public"."customer_totals" WITH ("fillfactor" = '50') AS
SELECT orders.customer,
    sum(orders.total) AS total,
    count(*) AS orders
   FROM public.orders
  GROUP BY orders.customer
WITH NO DATA;
COMMIT;
