-- schemadiff rollback
-- 0 to create, 0 to alter, 8 to drop
-- hazard [deletes_data] drops table orders and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."orders";
DROP PROCEDURE "public"."archive_orders"(numeric);
DROP FUNCTION "public"."count_orders"(uuid);
DROP FUNCTION "public"."order_ids"(numeric);
DROP FUNCTION "public"."order_totals"();
DROP FUNCTION "public"."split_name"(text, integer, text[]);
DROP FUNCTION "public"."upsert_order"(uuid, numeric);
COMMIT;
