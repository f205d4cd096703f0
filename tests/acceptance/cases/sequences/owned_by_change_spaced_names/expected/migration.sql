-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER SEQUENCE "public"."freed seq" OWNED BY NONE;
ALTER SEQUENCE "public"."line seq" OWNED BY "public"."order items"."alt.no";
ALTER SEQUENCE "public"."moving seq" OWNED BY "public"."order items"."line no";
COMMIT;
