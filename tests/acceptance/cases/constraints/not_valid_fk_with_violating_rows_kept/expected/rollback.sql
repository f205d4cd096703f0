-- schemadiff rollback
-- 0 to create, 0 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";
COMMIT;
