-- schemadiff migration
-- 2 to create, 3 to alter, 0 to drop
-- hazard [deletes_data] drops column users.legacy and its data
-- hazard [locks_table] materialized view user_count is rebuilt WITH DATA: its query runs in the migration and readers wait until it commits
-- note: rollback cannot restore data: drops column users.legacy and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."user_count";
DROP VIEW "public"."user_list";
ALTER TABLE "public"."users" DROP COLUMN "legacy";
CREATE VIEW "public"."user_list" AS
SELECT users.id,
    users.email
   FROM public.users;
CREATE MATERIALIZED VIEW "public"."user_count" AS
SELECT count(users.email) AS n
   FROM public.users
WITH DATA;
GRANT SELECT ON TABLE "public"."user_count" TO "sd_admin";
GRANT SELECT ON TABLE "public"."user_list" TO "sd_app";
COMMIT;
