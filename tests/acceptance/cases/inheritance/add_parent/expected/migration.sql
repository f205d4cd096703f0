-- schemadiff migration
-- 1 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates base_note with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" ADD COLUMN "note" text;
ALTER TABLE "public"."events" ADD CONSTRAINT "base_note" CHECK ((note <> ''::text)) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."events" VALIDATE CONSTRAINT "base_note";
COMMIT;

BEGIN;
ALTER TABLE "public"."events" INHERIT "public"."base";
COMMIT;
