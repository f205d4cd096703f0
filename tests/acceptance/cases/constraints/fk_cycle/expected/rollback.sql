-- schemadiff rollback
-- 0 to create, 0 to alter, 6 to drop
-- hazard [deletes_data] drops table players and every row in it
-- hazard [deletes_data] drops table teams and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."players" DROP CONSTRAINT "players_team_id_fkey";
ALTER TABLE "public"."teams" DROP CONSTRAINT "teams_captain_id_fkey";
DROP TABLE "public"."players";
DROP TABLE "public"."teams";
COMMIT;
