-- schemadiff rollback
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SCHEMA "archive";
CREATE TABLE "archive"."old_orders" (
    "id" integer NOT NULL
);
ALTER TABLE "archive"."old_orders" ADD CONSTRAINT "old_orders_pkey" PRIMARY KEY (id);
COMMIT;
