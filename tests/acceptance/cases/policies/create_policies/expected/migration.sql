-- schemadiff migration
-- 4 to create, 1 to alter, 0 to drop
-- hazard [security] policy admins_read on documents lets sd_admin, sd_app select every row (its expression is true)

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."documents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "public"."documents" FORCE ROW LEVEL SECURITY;
CREATE POLICY "admins_read" ON "public"."documents" AS PERMISSIVE FOR SELECT TO "sd_admin", "sd_app" USING (true);
CREATE POLICY "insert_own" ON "public"."documents" AS PERMISSIVE FOR INSERT TO "sd_app" WITH CHECK ((owner = CURRENT_USER));
CREATE POLICY "not_archived" ON "public"."documents" AS RESTRICTIVE FOR SELECT TO PUBLIC USING ((NOT archived));
CREATE POLICY "own_rows" ON "public"."documents" AS PERMISSIVE FOR ALL TO "sd_app" USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));
COMMENT ON POLICY "own_rows" ON "public"."documents" IS 'Each user sees and writes only their documents';
COMMIT;
