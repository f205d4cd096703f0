-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."coupons" (
    "id" integer NOT NULL,
    "code" text,
    "region" text
);
ALTER TABLE "public"."coupons" ADD CONSTRAINT "coupons_code_region_key" UNIQUE NULLS NOT DISTINCT (code, region);
ALTER TABLE "public"."coupons" ADD CONSTRAINT "coupons_pkey" PRIMARY KEY (id);
COMMIT;
