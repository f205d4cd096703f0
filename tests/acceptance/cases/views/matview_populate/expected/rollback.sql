-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [locks_table] REFRESH MATERIALIZED VIEW public.customer_totals WITH NO DATA empties it: reading it fails until the next REFRESH

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
REFRESH MATERIALIZED VIEW "public"."customer_totals" WITH NO DATA;
COMMIT;
