-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "accounts_watch" ON "public"."accounts";
CREATE TRIGGER accounts_watch BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.noop();
COMMENT ON TRIGGER "accounts_watch" ON "public"."accounts" IS 'Watches updates';
COMMIT;
