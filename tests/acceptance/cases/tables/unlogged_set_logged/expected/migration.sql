-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] SET LOGGED rewrites sessions under ACCESS EXCLUSIVE

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."sessions" SET LOGGED;
COMMIT;
