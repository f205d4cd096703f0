-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."blobs" (
    "id" bigint NOT NULL,
    "data" bytea,
    "owner" bigint,
    "label" text
);
ALTER TABLE "public"."blobs" ADD CONSTRAINT "blobs_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."blobs" ALTER COLUMN "data" SET STORAGE EXTERNAL;
ALTER TABLE "public"."blobs" ALTER COLUMN "owner" SET ("n_distinct" = '-0.1');
ALTER TABLE "public"."blobs" ALTER COLUMN "label" SET STORAGE MAIN;
ALTER TABLE "public"."blobs" ALTER COLUMN "label" SET ("n_distinct" = '40', "n_distinct_inherited" = '40');
COMMIT;
