-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] integer -> bigint rewrites the table under ACCESS EXCLUSIVE

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" ALTER COLUMN "counter" DROP DEFAULT;
ALTER TABLE "public"."events" ALTER COLUMN "counter" TYPE bigint USING "counter"::bigint;
ALTER TABLE "public"."events" ALTER COLUMN "counter" SET DEFAULT 0;
COMMIT;

BEGIN;
ANALYZE "public"."events";
COMMIT;
