-- schemadiff migration
-- 1 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates base_region with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."base" ADD COLUMN "region" text DEFAULT 'eu'::text;
ALTER TABLE "public"."base" ADD CONSTRAINT "base_region" CHECK ((region <> ''::text)) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."base" VALIDATE CONSTRAINT "base_region";
COMMIT;
