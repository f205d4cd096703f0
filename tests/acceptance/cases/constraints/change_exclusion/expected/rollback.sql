-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [locks_table] adding exclusion reservations_excl scans reservations under lock

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."reservations" DROP CONSTRAINT "reservations_excl";
ALTER TABLE "public"."reservations" ADD CONSTRAINT "reservations_excl" EXCLUDE USING gist (during WITH &&);
COMMIT;
