-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER FUNCTION "public"."add_one"(integer) NOT LEAKPROOF PARALLEL UNSAFE COST 100;
ALTER FUNCTION "public"."recent_ids"() PARALLEL UNSAFE ROWS 1000;
ALTER FUNCTION "public"."touch"() RESET "work_mem";
COMMIT;
