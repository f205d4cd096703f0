-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop
-- hazard [table_rewrite] rewrites every table with a column of this type
-- hazard [locks_table] ACCESS EXCLUSIVE on those tables while they are rewritten
-- hazard [deletes_data] removes values ['void']: fails if any row still holds one
-- note: rollback cannot restore data: removes values ['void']: fails if any row still holds one

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP VIEW "public"."open_invoices";
ALTER TYPE "public"."status" RENAME TO "status__schemadiff_old";
CREATE TYPE "public"."status" AS ENUM ('new', 'paid');
ALTER TABLE "public"."invoices" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."invoices" ALTER COLUMN "status" TYPE "public"."status" USING "status"::text::"public"."status";
ALTER TABLE "public"."invoices" ALTER COLUMN "status" SET DEFAULT 'new'::public.status;
DROP TYPE "public"."status__schemadiff_old";
CREATE VIEW "public"."open_invoices" AS
SELECT id,
    status
   FROM public.invoices
  WHERE status = 'new'::public.status;
COMMIT;
