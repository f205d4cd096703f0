-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] attaching events_2026_02 scans its rows under ACCESS EXCLUSIVE to check the bound

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" DETACH PARTITION "public"."events_2026_02";
ALTER TABLE "public"."events" ATTACH PARTITION "public"."events_2026_02" FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
COMMIT;
