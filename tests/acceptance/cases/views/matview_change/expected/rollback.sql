-- schemadiff rollback
-- 2 to create, 1 to alter, 0 to drop
-- hazard [locks_table] materialized view customer_totals is rebuilt WITH DATA: its query runs in the migration and readers wait until it commits

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."customer_totals";
CREATE MATERIALIZED VIEW "public"."customer_totals" AS
SELECT customer,
    sum(total) AS total
   FROM public.orders
  GROUP BY customer
WITH DATA;
CREATE UNIQUE INDEX "customer_totals_customer" ON "public"."customer_totals" USING btree (customer);
CREATE INDEX "customer_totals_total" ON "public"."customer_totals" USING btree (total);
COMMIT;
