-- schemadiff rollback
-- 0 to create, 0 to alter, 9 to drop
-- hazard [deletes_data] drops table customers and every row in it
-- hazard [deletes_data] drops table idempotency_keys and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."customers";
DROP TABLE "public"."idempotency_keys";
DROP FUNCTION "public"."create_customer_once"(uuid, text, text);
DROP FUNCTION "public"."greet"(text);
DROP FUNCTION "public"."set_updated_at"();
DROP FUNCTION "public"."upsert_customer"(uuid, text, text);
COMMIT;
