-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER MATERIALIZED VIEW "public"."customer_totals" SET ("fillfactor" = '90', "parallel_workers" = '2');
ALTER MATERIALIZED VIEW "public"."customer_totals" RESET ("toast"."autovacuum_vacuum_threshold");
COMMIT;
