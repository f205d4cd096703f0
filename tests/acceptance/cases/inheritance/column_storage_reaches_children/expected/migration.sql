-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."notes" ALTER COLUMN "body" SET STORAGE EXTERNAL;
ALTER TABLE "public"."kept_notes" ALTER COLUMN "body" SET STORAGE MAIN;
COMMIT;
