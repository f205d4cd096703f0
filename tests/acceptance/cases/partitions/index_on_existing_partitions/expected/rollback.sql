-- schemadiff rollback
-- 0 to create, 0 to alter, 2 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP INDEX "public"."events_created_brin";
DROP INDEX "public"."events_lower_kind_idx";
COMMIT;
