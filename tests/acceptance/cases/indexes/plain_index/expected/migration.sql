-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."orders" (
    "id" integer NOT NULL,
    "customer_id" integer,
    "created_at" timestamp with time zone
);
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id);
CREATE INDEX "orders_customer_created_idx" ON "public"."orders" USING btree (customer_id, created_at);
CREATE INDEX "orders_customer_id_idx" ON "public"."orders" USING btree (customer_id);
COMMIT;
