-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop
-- hazard [deletes_data] drops column documents.team and its data
-- note: rollback cannot restore data: drops column documents.team and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP POLICY "team_rows" ON "public"."documents";
ALTER TABLE "public"."documents" DROP COLUMN "team";
CREATE POLICY "team_rows" ON "public"."documents" AS PERMISSIVE FOR ALL TO "sd_app" USING ((owner = CURRENT_USER));
COMMIT;
