-- schemadiff migration
-- 6 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."players" (
    "id" integer NOT NULL,
    "team_id" integer
);
CREATE TABLE "public"."teams" (
    "id" integer NOT NULL,
    "captain_id" integer
);
ALTER TABLE "public"."players" ADD CONSTRAINT "players_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."teams" ADD CONSTRAINT "teams_captain_id_fkey" FOREIGN KEY (captain_id) REFERENCES public.players(id);
ALTER TABLE "public"."teams" ADD CONSTRAINT "teams_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."players" ADD CONSTRAINT "players_team_id_fkey" FOREIGN KEY (team_id) REFERENCES public.teams(id);
COMMIT;
