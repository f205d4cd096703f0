-- schemadiff migration
-- 5 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."Order Items" (
    "id" integer NOT NULL,
    "select" text,
    "say ""hi""" text,
    "a.b" integer,
    "prix_été" numeric,
    "Mixed" text
);
CREATE TABLE "public"."a.b" (
    "x" integer
);
CREATE TABLE "public"."café" (
    "ünïcödé" text
);
ALTER TABLE "public"."Order Items" ADD CONSTRAINT "Order Items_pkey" PRIMARY KEY (id);
CREATE INDEX "Order Items select" ON "public"."Order Items" USING btree ("select");
COMMIT;
