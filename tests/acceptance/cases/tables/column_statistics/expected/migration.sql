-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" ALTER COLUMN "kind" SET STATISTICS 1000;
ALTER TABLE "public"."events" ALTER COLUMN "payload" SET STATISTICS -1;
ALTER TABLE "public"."events" ADD COLUMN "note" text;
ALTER TABLE "public"."events" ALTER COLUMN "note" SET STATISTICS 0;
COMMIT;
