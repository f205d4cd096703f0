-- schemadiff rollback
-- 0 to create, 0 to alter, 5 to drop
-- hazard [deletes_data] drops table orders and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "app"."orders";
DROP SCHEMA "app";
COMMIT;
