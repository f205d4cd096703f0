-- schemadiff rollback
-- 0 to create, 0 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP FUNCTION "public"."transfer"(uuid, numeric);
COMMIT;
