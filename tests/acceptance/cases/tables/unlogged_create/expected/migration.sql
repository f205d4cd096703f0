-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE UNLOGGED TABLE "public"."sessions" (
    "id" bigint NOT NULL,
    "payload" text
);
ALTER TABLE "public"."sessions" ADD CONSTRAINT "sessions_pkey" PRIMARY KEY (id);
COMMIT;
