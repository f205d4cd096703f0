-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] volatile default on token rewrites the table

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."sessions" ADD COLUMN "token" uuid DEFAULT gen_random_uuid() NOT NULL;
COMMIT;
