-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."label"(s text)
 RETURNS text
 LANGUAGE "sql"
 IMMUTABLE
AS $body$SELECT 's=' || s$body$;
COMMIT;
