-- schemadiff migration
-- 6 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."orders" (
    "id" integer NOT NULL,
    "customer" text NOT NULL,
    "total" numeric(12,2) NOT NULL
);
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id);
CREATE MATERIALIZED VIEW "public"."customer_names" AS
SELECT DISTINCT orders.customer
   FROM public.orders
WITH NO DATA;
CREATE INDEX "customer_names_customer" ON "public"."customer_names" USING btree (customer);
CREATE MATERIALIZED VIEW "public"."customer_totals" WITH ("autovacuum_enabled" = 'false', "fillfactor" = '70', "toast"."autovacuum_vacuum_threshold" = '100') AS
SELECT orders.customer,
    sum(orders.total) AS total
   FROM public.orders
  GROUP BY orders.customer
WITH DATA;
CREATE UNIQUE INDEX "customer_totals_customer" ON "public"."customer_totals" USING btree (customer);
COMMIT;
