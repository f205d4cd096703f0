-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" SET ("fillfactor" = '90', "log_autovacuum_min_duration" = '0');
ALTER TABLE "public"."events" RESET ("toast"."autovacuum_vacuum_threshold");
COMMIT;
