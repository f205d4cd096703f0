-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE OR REPLACE VIEW "public"."order_list" AS
SELECT id,
    customer,
    total
   FROM public.orders;
COMMIT;
