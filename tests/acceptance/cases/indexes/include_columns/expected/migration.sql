-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."invoices" (
    "id" integer NOT NULL,
    "customer_id" integer NOT NULL,
    "total" numeric,
    "status" text
);
ALTER TABLE "public"."invoices" ADD CONSTRAINT "invoices_pkey" PRIMARY KEY (id);
CREATE INDEX "invoices_customer_covering_idx" ON "public"."invoices" USING btree (customer_id) INCLUDE (total, status);
COMMIT;
