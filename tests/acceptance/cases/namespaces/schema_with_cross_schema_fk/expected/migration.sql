-- schemadiff migration
-- 5 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SCHEMA "billing";
CREATE TYPE "billing"."invoice_state" AS ENUM ('draft', 'issued');
CREATE TABLE "billing"."invoices" (
    "id" integer NOT NULL,
    "state" billing.invoice_state DEFAULT 'draft'::billing.invoice_state NOT NULL,
    "customer_id" integer NOT NULL
);
ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES public.customers(id);
ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_pkey" PRIMARY KEY (id);
COMMENT ON SCHEMA "billing" IS 'Billing data';
COMMIT;
