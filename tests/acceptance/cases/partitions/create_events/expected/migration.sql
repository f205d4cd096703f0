-- schemadiff migration
-- 13 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."accounts" (
    "id" bigint NOT NULL
);
CREATE TABLE "public"."event_notes" (
    "event_id" bigint NOT NULL,
    "event_at" timestamp with time zone NOT NULL,
    "note" text
);
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "account_id" bigint NOT NULL,
    "kind" text DEFAULT 'click'::text NOT NULL,
    "payload" jsonb
) PARTITION BY RANGE (created_at);
ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."events" ADD CONSTRAINT "events_account_id_fkey" FOREIGN KEY (account_id) REFERENCES public.accounts(id);
ALTER TABLE "public"."events" ADD CONSTRAINT "events_pkey" PRIMARY KEY (id, created_at);
CREATE INDEX "events_account_idx" ON "public"."events" USING btree (account_id, created_at);
CREATE INDEX "events_payload_idx" ON "public"."events" USING gin (payload);
CREATE TABLE "public"."events_2026_01" PARTITION OF "public"."events" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE "public"."events_2026_02" PARTITION OF "public"."events" FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE "public"."events_2026_03" PARTITION OF "public"."events" FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE "public"."events_default" PARTITION OF "public"."events" DEFAULT;
COMMENT ON TABLE "public"."events" IS 'One row per event, a partition per month';
ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fkey" FOREIGN KEY (event_id, event_at) REFERENCES public.events(id, created_at) ON DELETE CASCADE;
COMMENT ON TABLE "public"."events_2026_02" IS 'February';
COMMIT;
