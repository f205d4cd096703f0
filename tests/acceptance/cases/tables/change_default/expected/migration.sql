-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."tickets" ALTER COLUMN "priority" SET DEFAULT 3;
ALTER TABLE "public"."tickets" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."tickets" ALTER COLUMN "owner" SET DEFAULT CURRENT_USER;
COMMIT;
