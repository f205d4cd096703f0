-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."add_one"(n integer)
 RETURNS integer
 LANGUAGE "sql"
 IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE COST 5
AS $body$SELECT n + 1$body$;
CREATE FUNCTION "public"."recent_ids"()
 RETURNS SETOF integer
 LANGUAGE "sql"
 STABLE PARALLEL RESTRICTED ROWS 20
AS $body$SELECT 1$body$;
CREATE FUNCTION "public"."touch"()
 RETURNS void
 LANGUAGE "plpgsql"
 SECURITY DEFINER
 SET "search_path" TO 'pg_catalog', 'public', 'pg_temp'
AS $body$BEGIN END$body$;
COMMIT;
