-- schemadiff rollback
-- 0 to create, 2 to alter, 0 to drop
-- hazard [table_rewrite] SET LOGGED rewrites cache_entries under ACCESS EXCLUSIVE

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."cache_entries" SET LOGGED;
COMMIT;
