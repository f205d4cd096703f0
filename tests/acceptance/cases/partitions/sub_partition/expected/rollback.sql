-- schemadiff rollback
-- 0 to create, 0 to alter, 8 to drop
-- hazard [deletes_data] drops table measurements_eu_2026 and every row in it
-- hazard [deletes_data] drops table measurements_eu_old and every row in it
-- hazard [deletes_data] drops table measurements_eu and every row in it
-- hazard [deletes_data] drops table measurements_us and every row in it
-- hazard [deletes_data] drops table measurements and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."measurements_eu_2026";
DROP TABLE "public"."measurements_eu_old";
DROP TABLE "public"."measurements_eu";
DROP TABLE "public"."measurements_us";
DROP TABLE "public"."measurements";
COMMIT;
