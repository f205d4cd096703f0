-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE VIEW "public"."audited" WITH (check_option=local, security_barrier=true) AS
SELECT id
   FROM public.orders;
CREATE VIEW "public"."big_orders" AS
SELECT id,
    customer,
    total
   FROM public.orders
  WHERE total > 100::numeric;
COMMENT ON VIEW "public"."big_orders" IS 'Orders over 100';
CREATE MATERIALIZED VIEW "public"."customer_totals" AS
SELECT customer,
    sum(total) AS total
   FROM public.big_orders
  GROUP BY customer
WITH DATA;
CREATE UNIQUE INDEX "customer_totals_customer" ON "public"."customer_totals" USING btree (customer);
COMMIT;
