-- schemadiff migration
-- 4 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE DOMAIN "public"."email_address" AS text CONSTRAINT "email_address_has_at" CHECK ((VALUE ~ '@'::text));
CREATE DOMAIN "public"."quantity" AS integer DEFAULT 1 NOT NULL CONSTRAINT "bounded" CHECK ((VALUE < 1000000)) CONSTRAINT "positive" CHECK ((VALUE > 0));
CREATE TABLE "public"."order_lines" (
    "id" integer NOT NULL,
    "qty" public.quantity
);
ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_pkey" PRIMARY KEY (id);
COMMENT ON DOMAIN "public"."email_address" IS 'An email address, loosely checked';
ALTER TABLE "public"."contacts" ADD COLUMN "email" public.email_address;
COMMIT;
