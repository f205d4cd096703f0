-- schemadiff rollback
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."documents" ADD COLUMN "team" text;
ALTER POLICY "team_rows" ON "public"."documents" TO "sd_app" USING (((team = CURRENT_USER) OR (owner = CURRENT_USER)));
COMMIT;
