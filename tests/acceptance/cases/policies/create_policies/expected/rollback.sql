-- schemadiff rollback
-- 0 to create, 1 to alter, 4 to drop
-- hazard [security] disables row-level security on documents: its policies stop filtering rows

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP POLICY "admins_read" ON "public"."documents";
DROP POLICY "insert_own" ON "public"."documents";
DROP POLICY "not_archived" ON "public"."documents";
DROP POLICY "own_rows" ON "public"."documents";
ALTER TABLE "public"."documents" DISABLE ROW LEVEL SECURITY;
ALTER TABLE "public"."documents" NO FORCE ROW LEVEL SECURITY;
COMMIT;
