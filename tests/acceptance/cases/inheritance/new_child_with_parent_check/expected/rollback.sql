-- schemadiff rollback
-- 0 to create, 0 to alter, 3 to drop
-- hazard [deletes_data] drops table ledger and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."base" DROP CONSTRAINT "base_id_check";
DROP TABLE "public"."ledger";
COMMIT;
