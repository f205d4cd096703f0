-- schemadiff rollback
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."stamp"()
 RETURNS trigger
 LANGUAGE "plpgsql"
AS $body$BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$body$;
CREATE FUNCTION "public"."unused"(a integer, b integer)
 RETURNS integer
 LANGUAGE "sql"
AS $body$SELECT a + b$body$;
CREATE TRIGGER notes_stamp BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.stamp();
COMMIT;
