-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [locks_table] REFRESH MATERIALIZED VIEW public.customer_totals runs its query in the migration and readers wait until it commits

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REFRESH MATERIALIZED VIEW "public"."customer_totals";
COMMIT;
