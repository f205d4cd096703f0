-- schemadiff rollback
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE CONSTRAINT TRIGGER ledger_balance AFTER INSERT ON public.ledger FROM public.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balance();
COMMENT ON TRIGGER "ledger_balance" ON "public"."ledger" IS 'Balance checked at commit';
COMMIT;
