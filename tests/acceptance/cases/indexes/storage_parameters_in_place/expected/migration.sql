-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER INDEX "public"."accounts_email_idx" SET (fillfactor = '90');
ALTER INDEX "public"."accounts_tags_idx" RESET (gin_pending_list_limit);
COMMIT;
