-- schemadiff rollback
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TRIGGER accounts_watch BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.noop();
COMMIT;
