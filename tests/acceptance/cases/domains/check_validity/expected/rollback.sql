-- schemadiff rollback
-- 0 to create, 2 to alter, 0 to drop
-- hazard [validation_scan] validates pct_range against every column of domain pct

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DOMAIN "public"."pct" DROP CONSTRAINT "pct_even";
ALTER DOMAIN "public"."qty" DROP CONSTRAINT "qty_positive";
ALTER DOMAIN "public"."qty" ADD CONSTRAINT "qty_positive" CHECK ((VALUE > 0)) NOT VALID;
COMMIT;

BEGIN;
ALTER DOMAIN "public"."pct" VALIDATE CONSTRAINT "pct_range";
COMMIT;
