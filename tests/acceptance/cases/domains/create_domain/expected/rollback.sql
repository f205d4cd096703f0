-- schemadiff rollback
-- 0 to create, 1 to alter, 4 to drop
-- hazard [deletes_data] drops table order_lines and every row in it
-- hazard [deletes_data] drops column contacts.email and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TABLE "public"."order_lines";
DROP DOMAIN "public"."quantity";
ALTER TABLE "public"."contacts" DROP COLUMN "email";
DROP DOMAIN "public"."email_address";
COMMIT;
