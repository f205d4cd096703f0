-- schemadiff rollback
-- 3 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."scratch" (
    "id" integer,
    "owner" text
);
ALTER TABLE "public"."documents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "public"."documents" FORCE ROW LEVEL SECURITY;
CREATE POLICY "own_rows" ON "public"."documents" AS PERMISSIVE FOR ALL TO "sd_app" USING ((owner = CURRENT_USER));
ALTER TABLE "public"."scratch" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "p" ON "public"."scratch" AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));
COMMENT ON POLICY "own_rows" ON "public"."documents" IS 'mine';
COMMIT;
