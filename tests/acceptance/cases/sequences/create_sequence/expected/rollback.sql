-- schemadiff rollback
-- 0 to create, 0 to alter, 1 to drop
-- hazard [deletes_data] drops sequence invoice_number_seq and its current value

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP SEQUENCE "public"."invoice_number_seq";
COMMIT;
