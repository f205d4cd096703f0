-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "accounts_watch" ON "public"."accounts";
CREATE TRIGGER accounts_watch BEFORE INSERT OR UPDATE OF status ON public.accounts FOR EACH ROW WHEN ((new.status IS NOT NULL)) EXECUTE FUNCTION public.noop();
COMMENT ON TRIGGER "accounts_watch" ON "public"."accounts" IS 'Watches inserts and status updates';
COMMIT;
