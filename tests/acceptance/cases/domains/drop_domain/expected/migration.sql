-- schemadiff migration
-- 0 to create, 1 to alter, 1 to drop
-- hazard [table_rewrite] public.quantity -> integer rewrites the table under ACCESS EXCLUSIVE

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."order_lines" ALTER COLUMN "qty" TYPE integer USING "qty"::integer;
COMMIT;

BEGIN;
ANALYZE "public"."order_lines";
COMMIT;

BEGIN;
DROP DOMAIN "public"."quantity";
COMMIT;
