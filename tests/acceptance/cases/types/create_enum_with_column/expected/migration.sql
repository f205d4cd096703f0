-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TYPE "public"."order_status" AS ENUM ('pending', 'paid', 'shipped');
CREATE TABLE "public"."orders" (
    "id" integer NOT NULL,
    "status" public.order_status DEFAULT 'pending'::public.order_status NOT NULL
);
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_status_check" CHECK ((status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status])));
COMMIT;
