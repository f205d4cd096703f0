-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] identity column n rewrites the table

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."readings" ADD COLUMN "n" bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
COMMIT;
