-- schemadiff migration
-- 0 to create, 0 to alter, 3 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "notes_stamp" ON "public"."notes";
DROP FUNCTION "public"."stamp"();
DROP FUNCTION "public"."unused"(integer, integer);
COMMIT;
