-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "at" timestamp with time zone NOT NULL,
    "body" jsonb
);
ALTER TABLE "public"."events" ADD CONSTRAINT "events_pkey" PRIMARY KEY (id);
CREATE INDEX "events_at_brin" ON "public"."events" USING brin ("at") WITH (pages_per_range = '32', autosummarize = 'true');
CREATE INDEX "events_body_path" ON "public"."events" USING gin (body jsonb_path_ops) WITH (fastupdate = 'false');
COMMIT;
