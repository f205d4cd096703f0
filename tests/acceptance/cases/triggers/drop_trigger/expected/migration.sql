-- schemadiff migration
-- 0 to create, 0 to alter, 1 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP TRIGGER "accounts_watch" ON "public"."accounts";
COMMIT;
