-- schemadiff rollback
-- 0 to create, 0 to alter, 4 to drop
-- hazard [deletes_data] drops table orders and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."customer_names";
DROP MATERIALIZED VIEW "public"."customer_totals";
DROP TABLE "public"."orders";
COMMIT;
