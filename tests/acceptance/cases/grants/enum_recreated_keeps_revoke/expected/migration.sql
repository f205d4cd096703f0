-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] rewrites every table with a column of this type
-- hazard [locks_table] ACCESS EXCLUSIVE on those tables while they are rewritten
-- hazard [deletes_data] removes values ['legacy']: fails if any row still holds one
-- note: rollback cannot restore data: removes values ['legacy']: fails if any row still holds one

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TYPE "public"."order_status" RENAME TO "order_status__schemadiff_old";
CREATE TYPE "public"."order_status" AS ENUM ('pending', 'paid');
ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE "public"."order_status" USING "status"::text::"public"."order_status";
ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'pending'::public.order_status;
DROP TYPE "public"."order_status__schemadiff_old";
REVOKE USAGE ON TYPE "public"."order_status" FROM PUBLIC;
GRANT USAGE ON TYPE "public"."order_status" TO "sd_app";
COMMENT ON TYPE "public"."order_status" IS 'where an order stands';
COMMIT;
