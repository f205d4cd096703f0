-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [locks_table] SET NOT NULL on domain quantity scans every column of that type under lock
-- hazard [validation_scan] validates bounded against every column of domain quantity
-- hazard [validation_scan] validates positive against every column of domain quantity

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER DOMAIN "public"."quantity" SET DEFAULT 0;
ALTER DOMAIN "public"."quantity" SET NOT NULL;
ALTER DOMAIN "public"."quantity" DROP CONSTRAINT "positive";
ALTER DOMAIN "public"."quantity" DROP CONSTRAINT "small";
ALTER DOMAIN "public"."quantity" ADD CONSTRAINT "bounded" CHECK ((VALUE < 1000000)) NOT VALID;
ALTER DOMAIN "public"."quantity" ADD CONSTRAINT "positive" CHECK ((VALUE >= 0)) NOT VALID;
COMMIT;

BEGIN;
ALTER DOMAIN "public"."quantity" VALIDATE CONSTRAINT "bounded";
COMMIT;

BEGIN;
ALTER DOMAIN "public"."quantity" VALIDATE CONSTRAINT "positive";
COMMIT;
