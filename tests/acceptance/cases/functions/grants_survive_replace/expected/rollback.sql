-- schemadiff rollback
-- 1 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
DROP FUNCTION "public"."total"(integer);
CREATE FUNCTION "public"."total"(n integer)
 RETURNS integer
 LANGUAGE "sql"
AS $body$SELECT n$body$;
GRANT EXECUTE ON ROUTINE "public"."total"(integer) TO "sd_app";
COMMIT;
