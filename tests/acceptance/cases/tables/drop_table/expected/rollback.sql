-- schemadiff rollback
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."legacy_log" (
    "id" integer NOT NULL,
    "msg" text NOT NULL,
    "at" timestamp with time zone DEFAULT now()
);
ALTER TABLE "public"."legacy_log" ADD CONSTRAINT "legacy_log_pkey" PRIMARY KEY (id);
CREATE INDEX "legacy_log_at_idx" ON "public"."legacy_log" USING btree ("at");
COMMIT;
