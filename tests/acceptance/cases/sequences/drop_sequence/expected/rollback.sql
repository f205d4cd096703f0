-- schemadiff rollback
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SEQUENCE "public"."old_seq" AS bigint INCREMENT BY 2 NO MINVALUE NO MAXVALUE START WITH 50 CACHE 1 NO CYCLE;
COMMIT;
