-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SEQUENCE "public"."invoice_number_seq" AS integer INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 10 CYCLE;
COMMENT ON SEQUENCE "public"."invoice_number_seq" IS 'Invoice numbers';
COMMIT;
