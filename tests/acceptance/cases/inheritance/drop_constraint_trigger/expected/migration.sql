-- schemadiff migration
-- 0 to create, 0 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "ledger_balance" ON "public"."ledger";
COMMIT;
