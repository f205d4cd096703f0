-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."events" (
    "id" integer NOT NULL,
    "at" timestamp with time zone NOT NULL
);
ALTER TABLE "public"."events" ADD CONSTRAINT "events_id_check" CHECK ((id > 0)) NOT VALID;
ALTER TABLE "public"."events" ADD CONSTRAINT "events_pkey" PRIMARY KEY (id);
COMMIT;
