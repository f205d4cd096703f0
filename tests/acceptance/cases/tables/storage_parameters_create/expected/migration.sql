-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE UNLOGGED TABLE "public"."cache_entries" (
    "key" text NOT NULL,
    "value" jsonb
) WITH ("autovacuum_vacuum_scale_factor" = '0.05', "fillfactor" = '70', "toast"."autovacuum_enabled" = 'false');
ALTER TABLE "public"."cache_entries" ADD CONSTRAINT "cache_entries_pkey" PRIMARY KEY (key);
COMMIT;
