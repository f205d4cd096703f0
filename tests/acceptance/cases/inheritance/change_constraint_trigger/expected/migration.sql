-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "ledger_balance" ON "public"."ledger";
DROP TRIGGER "ledger_large" ON "public"."ledger";
CREATE CONSTRAINT TRIGGER ledger_balance AFTER INSERT ON public.ledger DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.check_balance();
CREATE TRIGGER ledger_large AFTER INSERT ON public.ledger FOR EACH ROW EXECUTE FUNCTION public.check_balance();
COMMENT ON TRIGGER "ledger_balance" ON "public"."ledger" IS 'Balance checked at commit';
COMMIT;
