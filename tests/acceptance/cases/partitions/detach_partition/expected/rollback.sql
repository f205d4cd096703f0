-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] attaching readings_2025 scans its rows under ACCESS EXCLUSIVE to check the bound

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."readings" ATTACH PARTITION "public"."readings_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMIT;
