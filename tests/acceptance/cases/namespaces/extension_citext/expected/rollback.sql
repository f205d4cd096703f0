-- schemadiff rollback
-- 0 to create, 1 to alter, 2 to drop
-- hazard [deletes_data] drops column users.email and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."users" DROP CONSTRAINT "users_email_key";
ALTER TABLE "public"."users" DROP COLUMN "email";
DROP EXTENSION "citext";
COMMIT;
