-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."line_items" (
    "order_id" integer NOT NULL,
    "line_no" smallint NOT NULL,
    "sku" text
);
ALTER TABLE "public"."line_items" ADD CONSTRAINT "line_items_pkey" PRIMARY KEY (order_id, line_no);
COMMIT;
