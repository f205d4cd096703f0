-- schemadiff rollback
-- 1 to create, 3 to alter, 0 to drop
-- hazard [locks_table] materialized view user_count is rebuilt WITH DATA: its query runs in the migration and readers wait until it commits

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP MATERIALIZED VIEW "public"."user_count";
ALTER TABLE "public"."users" ADD COLUMN "legacy" integer;
CREATE MATERIALIZED VIEW "public"."user_count" AS
SELECT count(legacy) AS n
   FROM public.users
WITH DATA;
GRANT SELECT ON TABLE "public"."user_count" TO "sd_admin";
CREATE OR REPLACE VIEW "public"."user_list" AS
SELECT id,
    email,
    legacy
   FROM public.users;
COMMIT;
