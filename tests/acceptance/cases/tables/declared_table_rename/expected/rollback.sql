-- schemadiff rollback
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."customers" RENAME TO "clients";
ALTER TABLE "public"."clients" RENAME CONSTRAINT "customers_pkey" TO "clients_pkey";
ALTER INDEX "public"."customers_name_idx" RENAME TO "clients_name_idx";
COMMIT;
