-- schemadiff rollback
-- 0 to create, 4 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP POLICY "readers" ON "public"."documents";
ALTER TABLE "public"."documents" NO FORCE ROW LEVEL SECURITY;
CREATE POLICY "readers" ON "public"."documents" AS PERMISSIVE FOR SELECT TO "sd_app" USING ((body IS NOT NULL));
ALTER POLICY "own_rows" ON "public"."documents" TO "sd_app" USING ((owner = CURRENT_USER));
ALTER POLICY "writers" ON "public"."documents" TO PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));
COMMIT;
