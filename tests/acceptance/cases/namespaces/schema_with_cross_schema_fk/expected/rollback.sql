-- schemadiff rollback
-- 0 to create, 0 to alter, 5 to drop
-- hazard [deletes_data] drops table invoices and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "billing"."invoices" DROP CONSTRAINT "invoices_customer_id_fkey";
DROP TABLE "billing"."invoices";
DROP TYPE "billing"."invoice_state";
DROP SCHEMA "billing";
COMMIT;
