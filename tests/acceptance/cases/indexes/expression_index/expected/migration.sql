-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."users" (
    "id" integer NOT NULL,
    "email" text NOT NULL
);
ALTER TABLE "public"."users" ADD CONSTRAINT "users_pkey" PRIMARY KEY (id);
CREATE UNIQUE INDEX "users_lower_email_idx" ON "public"."users" USING btree (lower(email));
COMMIT;
