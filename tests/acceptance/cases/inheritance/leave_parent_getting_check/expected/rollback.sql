-- schemadiff rollback
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."base" ALTER COLUMN "note" DROP NOT NULL;
ALTER TABLE "public"."ledger" ALTER COLUMN "note" DROP NOT NULL;
ALTER TABLE "public"."ledger" INHERIT "public"."base";
COMMIT;
