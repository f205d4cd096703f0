-- schemadiff rollback
-- 0 to create, 0 to alter, 13 to drop
-- hazard [deletes_data] drops table accounts and every row in it
-- hazard [deletes_data] drops table event_notes and every row in it
-- hazard [deletes_data] drops table events_2026_01 and every row in it
-- hazard [deletes_data] drops table events_2026_02 and every row in it
-- hazard [deletes_data] drops table events_2026_03 and every row in it
-- hazard [deletes_data] drops table events_default and every row in it
-- hazard [deletes_data] drops table events and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fkey";
ALTER TABLE "public"."events" DROP CONSTRAINT "events_account_id_fkey";
DROP TABLE "public"."accounts";
DROP TABLE "public"."event_notes";
DROP TABLE "public"."events_2026_01";
DROP TABLE "public"."events_2026_02";
DROP TABLE "public"."events_2026_03";
DROP TABLE "public"."events_default";
DROP TABLE "public"."events";
COMMIT;
