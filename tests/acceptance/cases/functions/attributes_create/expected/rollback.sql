-- schemadiff rollback
-- 0 to create, 0 to alter, 3 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP FUNCTION "public"."add_one"(integer);
DROP FUNCTION "public"."recent_ids"();
DROP FUNCTION "public"."touch"();
COMMIT;
