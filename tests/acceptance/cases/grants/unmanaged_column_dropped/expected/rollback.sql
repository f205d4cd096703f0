-- schemadiff rollback
-- 2 to create, 1 to alter, 0 to drop
-- hazard [security] grants UPDATE on column public.accounts.total to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."accounts" ADD COLUMN "total" integer;
GRANT UPDATE ("total") ON TABLE "public"."accounts" TO PUBLIC;
GRANT SELECT ("total") ON TABLE "public"."accounts" TO "sd_app";
COMMIT;
