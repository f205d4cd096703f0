-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] attaching sessions_p1 scans its rows under ACCESS EXCLUSIVE to check the bound

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."sessions" ATTACH PARTITION "public"."sessions_p1" FOR VALUES WITH (modulus 2, remainder 1);
COMMIT;
