-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [deletes_data] drops column events.note and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" DROP COLUMN "note";
ALTER TABLE "public"."events" ALTER COLUMN "kind" SET STATISTICS -1;
ALTER TABLE "public"."events" ALTER COLUMN "payload" SET STATISTICS 200;
COMMIT;
