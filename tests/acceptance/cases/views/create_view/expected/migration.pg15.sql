-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE VIEW "public"."audited" WITH (check_option=local, security_barrier=true) AS
SELECT orders.id
   FROM public.orders;
CREATE VIEW "public"."big_orders" AS
SELECT orders.id,
    orders.customer,
    orders.total
   FROM public.orders
  WHERE orders.total > 100::numeric;
COMMENT ON VIEW "public"."big_orders" IS 'Orders over 100';
CREATE MATERIALIZED VIEW "public"."customer_totals" AS
SELECT big_orders.customer,
    sum(big_orders.total) AS total
   FROM public.big_orders
  GROUP BY big_orders.customer
WITH DATA;
CREATE UNIQUE INDEX "customer_totals_customer" ON "public"."customer_totals" USING btree (customer);
COMMIT;
