-- schemadiff rollback
-- 0 to create, 2 to alter, 1 to drop
-- hazard [deletes_data] drops column Order Items.say "hi" and its data
-- hazard [table_rewrite] bigint -> integer rewrites the table under ACCESS EXCLUSIVE
-- hazard [deletes_data] bigint -> integer may truncate or reject existing values

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."Order Items" RENAME COLUMN "from" TO "select";
ALTER TABLE "public"."Order Items" DROP CONSTRAINT "Order Items ""from"" check";
ALTER TABLE "public"."Order Items" DROP COLUMN "say ""hi""";
ALTER TABLE "public"."a.b" ALTER COLUMN "x" TYPE integer USING "x"::integer;
COMMIT;

BEGIN;
ANALYZE "public"."a.b";
COMMIT;
