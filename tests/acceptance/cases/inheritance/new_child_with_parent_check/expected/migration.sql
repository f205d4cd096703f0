-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop
-- hazard [validation_scan] validates base_id_check with a scan that does not block writes

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."ledger" (
    "id" bigint NOT NULL,
    "amount" integer
) INHERITS ("public"."base");
ALTER TABLE "public"."ledger" ADD CONSTRAINT "base_id_check" CHECK ((id > 0));
ALTER TABLE "public"."base" ADD CONSTRAINT "base_id_check" CHECK ((id > 0)) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE "public"."base" VALIDATE CONSTRAINT "base_id_check";
COMMIT;
