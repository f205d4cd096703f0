-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" ADD COLUMN "status" text DEFAULT 'active'::text NOT NULL;
ALTER TABLE "public"."accounts" ADD COLUMN "credits" integer DEFAULT 0 NOT NULL;
COMMIT;
