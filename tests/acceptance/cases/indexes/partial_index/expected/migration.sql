-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."jobs" (
    "id" integer NOT NULL,
    "state" character varying(16) NOT NULL,
    "run_at" timestamp with time zone
);
ALTER TABLE "public"."jobs" ADD CONSTRAINT "jobs_pkey" PRIMARY KEY (id);
CREATE INDEX "jobs_pending_idx" ON "public"."jobs" USING btree (run_at) WHERE ((state)::text = ANY ((ARRAY['queued'::character varying, 'retry'::character varying])::text[]));
COMMIT;
