-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop
-- hazard [validation_scan] validates qty_positive against every column of domain qty

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DOMAIN "public"."pct" DROP CONSTRAINT "pct_range";
ALTER DOMAIN "public"."pct" ADD CONSTRAINT "pct_even" CHECK (((VALUE % 2) = 0)) NOT VALID;
ALTER DOMAIN "public"."pct" ADD CONSTRAINT "pct_range" CHECK (((VALUE >= 0) AND (VALUE <= 100))) NOT VALID;
COMMIT;

BEGIN;
ALTER DOMAIN "public"."qty" VALIDATE CONSTRAINT "qty_positive";
COMMIT;
