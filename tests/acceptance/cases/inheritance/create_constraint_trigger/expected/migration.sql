-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE CONSTRAINT TRIGGER ledger_balance AFTER INSERT OR UPDATE OF amount ON public.ledger FROM public.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balance();
CREATE CONSTRAINT TRIGGER ledger_large AFTER INSERT ON public.ledger NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW WHEN ((new.amount > (1000)::numeric)) EXECUTE FUNCTION public.check_balance('large');
COMMENT ON TRIGGER "ledger_balance" ON "public"."ledger" IS 'Balance checked at commit';
COMMIT;
