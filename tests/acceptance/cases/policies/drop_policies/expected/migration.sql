-- schemadiff migration
-- 0 to create, 1 to alter, 3 to drop
-- hazard [deletes_data] drops table scratch and every row in it
-- hazard [security] disables row-level security on documents: its policies stop filtering rows
-- note: rollback cannot restore data: drops table scratch and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP POLICY "own_rows" ON "public"."documents";
DROP TABLE "public"."scratch";
ALTER TABLE "public"."documents" DISABLE ROW LEVEL SECURITY;
ALTER TABLE "public"."documents" NO FORCE ROW LEVEL SECURITY;
COMMIT;
