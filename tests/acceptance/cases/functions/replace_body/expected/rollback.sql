-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE OR REPLACE FUNCTION "public"."add_tax"(amount numeric)
 RETURNS numeric
 LANGUAGE "plpgsql"
AS $body$BEGIN
    RETURN amount * 1.1;
END;
$body$;
COMMENT ON ROUTINE "public"."add_tax"(numeric) IS 'Adds VAT';
COMMIT;
