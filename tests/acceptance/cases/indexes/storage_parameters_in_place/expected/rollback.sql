-- schemadiff rollback
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER INDEX "public"."accounts_email_idx" SET (fillfactor = '70');
ALTER INDEX "public"."accounts_tags_idx" SET (gin_pending_list_limit = '256');
COMMIT;
