-- schemadiff rollback
-- 1 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TYPE "public"."mood" AS ENUM ('happy', 'sad');
ALTER TABLE "public"."people" ADD COLUMN "mood" public.mood;
COMMIT;
