-- schemadiff migration
-- 0 to create, 2 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER SEQUENCE "public"."invoice_no" SET UNLOGGED;
ALTER SEQUENCE "public"."scratch_no" SET LOGGED;
COMMIT;
