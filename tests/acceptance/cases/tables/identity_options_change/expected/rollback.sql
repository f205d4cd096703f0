-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."invoices" ALTER COLUMN "number" SET INCREMENT BY 1 SET NO MINVALUE SET NO MAXVALUE SET START WITH 1000 SET CACHE 20 SET NO CYCLE;
COMMIT;
