-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."widgets" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY;
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('"public"."widgets"', 'id'), greatest((SELECT max("id") FROM "public"."widgets") + 1, 1), false);
COMMIT;
