-- schemadiff rollback
-- 0 to create, 0 to alter, 3 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."customer_totals";
DROP VIEW "public"."audited";
DROP VIEW "public"."big_orders";
COMMIT;
