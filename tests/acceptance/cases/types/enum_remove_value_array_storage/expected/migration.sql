-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] rewrites every table with a column of this type
-- hazard [locks_table] ACCESS EXCLUSIVE on those tables while they are rewritten
-- hazard [deletes_data] removes values ['legacy']: fails if any row still holds one
-- note: rollback cannot restore data: removes values ['legacy']: fails if any row still holds one

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TYPE "public"."tag" RENAME TO "tag__schemadiff_old";
CREATE TYPE "public"."tag" AS ENUM ('new', 'hot');
ALTER TABLE "public"."posts" ALTER COLUMN "tags" TYPE "public"."tag"[] USING "tags"::text[]::"public"."tag"[];
DROP TYPE "public"."tag__schemadiff_old";
ALTER TABLE "public"."posts" ALTER COLUMN "tags" SET COMPRESSION "pglz";
ALTER TABLE "public"."posts" ALTER COLUMN "tags" SET STORAGE EXTERNAL;
COMMIT;
