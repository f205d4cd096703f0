-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER SEQUENCE "public"."ticket_seq" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 100 CACHE 1 NO CYCLE;
COMMIT;
