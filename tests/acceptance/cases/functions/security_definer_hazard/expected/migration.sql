-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop
-- hazard [security] function public.whoami is SECURITY DEFINER without a pinned search_path: set search_path: "pg_catalog, public, pg_temp" (pg_temp last)

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."whoami"()
 RETURNS text
 LANGUAGE "sql"
 SECURITY DEFINER
AS $body$SELECT current_user::text$body$;
COMMIT;
