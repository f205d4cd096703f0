-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."invoices" ALTER COLUMN "number" SET INCREMENT BY 2 SET MINVALUE 10 SET MAXVALUE 500000 SET START WITH 10 SET CACHE 1 SET NO CYCLE;
COMMIT;
