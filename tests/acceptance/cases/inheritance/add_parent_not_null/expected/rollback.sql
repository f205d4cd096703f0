-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [deletes_data] drops column events.note and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" NO INHERIT "public"."base";
ALTER TABLE "public"."events" DROP COLUMN "note";
ALTER TABLE "public"."events" ALTER COLUMN "id" DROP NOT NULL;
COMMIT;
