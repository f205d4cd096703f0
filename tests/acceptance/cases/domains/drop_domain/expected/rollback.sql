-- schemadiff rollback
-- 1 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] integer -> public.quantity rewrites the table under ACCESS EXCLUSIVE

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE DOMAIN "public"."quantity" AS integer CONSTRAINT "quantity_check" CHECK ((VALUE > 0));
ALTER TABLE "public"."order_lines" ALTER COLUMN "qty" TYPE public.quantity USING "qty"::public.quantity;
COMMIT;

BEGIN;
ANALYZE "public"."order_lines";
COMMIT;
