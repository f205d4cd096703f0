-- schemadiff migration
-- 8 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."measurements" (
    "region" text NOT NULL,
    "taken_at" date NOT NULL,
    "value" numeric
) PARTITION BY LIST (lower(region));
CREATE INDEX "measurements_taken_idx" ON "public"."measurements" USING btree (taken_at);
CREATE TABLE "public"."measurements_eu" PARTITION OF "public"."measurements" FOR VALUES IN ('eu', 'uk') PARTITION BY RANGE (taken_at);
CREATE TABLE "public"."measurements_eu_2026" PARTITION OF "public"."measurements_eu" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE "public"."measurements_eu_old" PARTITION OF "public"."measurements_eu" FOR VALUES FROM (MINVALUE) TO ('2026-01-01');
CREATE TABLE "public"."measurements_us" PARTITION OF "public"."measurements" FOR VALUES IN ('us');
ALTER TABLE "public"."measurements_eu_2026" ADD CONSTRAINT "measurements_eu_2026_value_check" CHECK ((value >= (0)::numeric));
CREATE INDEX "measurements_eu_2026_value_idx" ON "public"."measurements_eu_2026" USING btree ("value");
COMMIT;
