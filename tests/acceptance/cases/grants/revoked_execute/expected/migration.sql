-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."transfer"(account uuid, amount numeric)
 RETURNS void
 LANGUAGE "sql"
 SECURITY DEFINER
 SET "search_path" TO 'pg_catalog', 'public', 'pg_temp'
AS $body$UPDATE public.accounts SET balance = balance + amount WHERE id = account$body$;
REVOKE EXECUTE ON ROUTINE "public"."transfer"(uuid, numeric) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE "public"."transfer"(uuid, numeric) TO "sd_authenticated";
COMMIT;
