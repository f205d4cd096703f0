-- schemadiff migration
-- 0 to create, 4 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP POLICY "readers" ON "public"."documents";
DROP POLICY "writers" ON "public"."documents";
ALTER TABLE "public"."documents" FORCE ROW LEVEL SECURITY;
CREATE POLICY "readers" ON "public"."documents" AS PERMISSIVE FOR ALL TO "sd_app" USING ((body IS NOT NULL));
CREATE POLICY "writers" ON "public"."documents" AS PERMISSIVE FOR UPDATE TO PUBLIC USING ((owner = CURRENT_USER));
ALTER POLICY "own_rows" ON "public"."documents" TO "sd_admin", "sd_app" USING ((owner = SESSION_USER));
COMMIT;
