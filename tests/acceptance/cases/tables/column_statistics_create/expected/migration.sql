-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "kind" text
);
ALTER TABLE "public"."events" ADD CONSTRAINT "events_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."events" ALTER COLUMN "id" SET STATISTICS 300;
ALTER TABLE "public"."events" ALTER COLUMN "kind" SET STATISTICS 1000;
COMMIT;
