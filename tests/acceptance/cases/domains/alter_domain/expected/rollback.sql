-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates positive against every column of domain quantity
-- hazard [validation_scan] validates small against every column of domain quantity

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DOMAIN "public"."quantity" SET DEFAULT 1;
ALTER DOMAIN "public"."quantity" DROP NOT NULL;
ALTER DOMAIN "public"."quantity" DROP CONSTRAINT "bounded";
ALTER DOMAIN "public"."quantity" DROP CONSTRAINT "positive";
ALTER DOMAIN "public"."quantity" ADD CONSTRAINT "positive" CHECK ((VALUE > 0)) NOT VALID;
ALTER DOMAIN "public"."quantity" ADD CONSTRAINT "small" CHECK ((VALUE < 100)) NOT VALID;
COMMIT;

BEGIN;
ALTER DOMAIN "public"."quantity" VALIDATE CONSTRAINT "positive";
COMMIT;

BEGIN;
ALTER DOMAIN "public"."quantity" VALIDATE CONSTRAINT "small";
COMMIT;
