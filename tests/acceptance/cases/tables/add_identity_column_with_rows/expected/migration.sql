-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] identity column number rewrites the table

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."tickets" ADD COLUMN "number" bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
COMMIT;
