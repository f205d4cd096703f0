-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."clients" RENAME TO "customers";
ALTER TABLE "public"."customers" RENAME CONSTRAINT "clients_pkey" TO "customers_pkey";
ALTER INDEX "public"."clients_name_idx" RENAME TO "customers_name_idx";
COMMIT;
