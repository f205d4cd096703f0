-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER MATERIALIZED VIEW "public"."customer_totals" SET ("fillfactor" = '70', "toast"."autovacuum_vacuum_threshold" = '100');
ALTER MATERIALIZED VIEW "public"."customer_totals" RESET ("parallel_workers");
COMMIT;
