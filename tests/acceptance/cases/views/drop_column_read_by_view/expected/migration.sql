-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop
-- hazard [deletes_data] drops column users.legacy_flags and its data
-- note: rollback cannot restore data: drops column users.legacy_flags and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP VIEW "public"."user_emails";
DROP VIEW "public"."user_flags";
ALTER TABLE "public"."users" DROP COLUMN "legacy_flags";
CREATE VIEW "public"."user_flags" AS
SELECT id,
    email
   FROM public.users;
CREATE VIEW "public"."user_emails" AS
SELECT email
   FROM public.user_flags;
COMMIT;
