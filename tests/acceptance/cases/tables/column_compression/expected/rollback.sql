-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [deletes_data] drops column docs.notes and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."docs" DROP COLUMN "notes";
ALTER TABLE "public"."docs" ALTER COLUMN "body" SET COMPRESSION DEFAULT;
ALTER TABLE "public"."docs" ALTER COLUMN "summary" SET COMPRESSION "pglz";
COMMIT;
