-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] changing the collation of tags.label rebuilds its indexes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."tags" ALTER COLUMN "label" TYPE text COLLATE "C";
COMMIT;
