-- schemadiff rollback
-- 0 to create, 3 to alter, 0 to drop
-- hazard [security] function public.touch is SECURITY DEFINER and its search_path (public) does not end with pg_temp, so temporary objects are searched first: use "pg_catalog, public, pg_temp"

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER FUNCTION "public"."add_one"(integer) NOT LEAKPROOF PARALLEL UNSAFE COST 100;
ALTER FUNCTION "public"."recent_ids"() PARALLEL UNSAFE ROWS 1000;
ALTER FUNCTION "public"."touch"() SET "search_path" TO 'public';
COMMIT;
