-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."docs" ALTER COLUMN "code" TYPE text USING "code"::text;
ALTER TABLE "public"."docs" ALTER COLUMN "body" SET STORAGE EXTERNAL;
ALTER TABLE "public"."docs" ALTER COLUMN "payload" SET STORAGE EXTERNAL;
ALTER TABLE "public"."docs" ALTER COLUMN "summary" SET STORAGE EXTENDED;
ALTER TABLE "public"."docs" ALTER COLUMN "code" SET COMPRESSION "pglz";
ALTER TABLE "public"."docs" ALTER COLUMN "code" SET STORAGE EXTERNAL;
ALTER TABLE "public"."docs" ADD COLUMN "notes" text;
ALTER TABLE "public"."docs" ALTER COLUMN "notes" SET STORAGE MAIN;
COMMIT;
