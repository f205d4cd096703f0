-- schemadiff rollback
-- 1 to create, 1 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."next_code"(n integer)
 RETURNS text
 LANGUAGE "sql"
AS $body$SELECT 'C' || n$body$;
ALTER TABLE "public"."tickets" ALTER COLUMN "code" SET DEFAULT public.next_code(1);
DROP FUNCTION "public"."next_code"(bigint);
COMMIT;
