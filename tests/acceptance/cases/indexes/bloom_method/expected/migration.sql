-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE EXTENSION IF NOT EXISTS "bloom" SCHEMA "public";
CREATE TABLE "public"."readings" (
    "id" integer NOT NULL,
    "sensor" integer,
    "site" integer
);
ALTER TABLE "public"."readings" ADD CONSTRAINT "readings_pkey" PRIMARY KEY (id);
CREATE INDEX "readings_bloom" ON "public"."readings" USING bloom (sensor, site) WITH (length = '80', col1 = '2');
COMMIT;
