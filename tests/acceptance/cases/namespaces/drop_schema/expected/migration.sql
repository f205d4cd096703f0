-- schemadiff migration
-- 0 to create, 0 to alter, 3 to drop
-- hazard [deletes_data] drops table old_orders and every row in it
-- note: rollback cannot restore data: drops table old_orders and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "archive"."old_orders";
DROP SCHEMA "archive";
COMMIT;
