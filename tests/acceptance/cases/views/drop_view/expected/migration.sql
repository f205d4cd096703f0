-- schemadiff migration
-- 0 to create, 0 to alter, 2 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."customers";
DROP VIEW "public"."order_list";
COMMIT;
