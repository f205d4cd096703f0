-- schemadiff migration
-- 1 to create, 2 to alter, 0 to drop
-- hazard [table_rewrite] integer -> bigint rewrites the table under ACCESS EXCLUSIVE
-- hazard [validation_scan] validates Order Items "from" check with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."Order Items" RENAME COLUMN "select" TO "from";
ALTER TABLE "public"."Order Items" ADD COLUMN "say ""hi""" text DEFAULT 'it''s'::text;
ALTER TABLE "public"."Order Items" ADD CONSTRAINT "Order Items ""from"" check" CHECK (("from" <> ''::text)) NOT VALID;
ALTER TABLE "public"."a.b" ALTER COLUMN "x" TYPE bigint USING "x"::bigint;
COMMIT;

BEGIN;
ANALYZE "public"."a.b";
COMMIT;

BEGIN;
ALTER TABLE "public"."Order Items" VALIDATE CONSTRAINT "Order Items ""from"" check";
COMMIT;
