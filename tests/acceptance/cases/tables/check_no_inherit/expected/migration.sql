-- schemadiff migration
-- 1 to create, 1 to alter, 0 to drop
-- hazard [validation_scan] validates prices_amount_cap with a scan that does not block writes
-- hazard [validation_scan] validates prices_amount_check with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."prices" DROP CONSTRAINT "prices_amount_check";
ALTER TABLE "public"."prices" ADD CONSTRAINT "prices_amount_cap" CHECK ((amount < (1000000)::numeric)) NO INHERIT NOT VALID;
ALTER TABLE "public"."prices" ADD CONSTRAINT "prices_amount_check" CHECK ((amount >= (0)::numeric)) NO INHERIT NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."prices" VALIDATE CONSTRAINT "prices_amount_cap";
COMMIT;

BEGIN;
ALTER TABLE "public"."prices" VALIDATE CONSTRAINT "prices_amount_check";
COMMIT;
