-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER FUNCTION "public"."add_one"(integer) LEAKPROOF PARALLEL SAFE COST 5;
ALTER FUNCTION "public"."recent_ids"() PARALLEL RESTRICTED ROWS 20;
ALTER FUNCTION "public"."touch"() SET "search_path" TO 'pg_catalog', 'public', 'pg_temp';
COMMIT;
