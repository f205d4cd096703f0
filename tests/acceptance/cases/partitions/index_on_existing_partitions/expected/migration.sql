-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop
-- hazard [index_build] builds events_2026_01_created_at_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_01_lower_id_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_02_created_at_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_03_click_created_at_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_03_other_created_at_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_02_lower_id_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_03_click_lower_id_idx concurrently: slower, no write lock; resumable
-- hazard [index_build] builds events_2026_03_other_lower_id_idx concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE INDEX "events_created_brin" ON ONLY "public"."events" USING brin (created_at);
CREATE INDEX "events_lower_kind_idx" ON ONLY "public"."events" USING btree (lower(kind), id);
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_01_created_at_idx" ON "public"."events_2026_01" USING brin (created_at);

CREATE INDEX CONCURRENTLY "events_2026_01_lower_id_idx" ON "public"."events_2026_01" USING btree (lower(kind), id);

BEGIN;
ALTER INDEX "public"."events_created_brin" ATTACH PARTITION "public"."events_2026_01_created_at_idx";
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_02_created_at_idx" ON "public"."events_2026_02" USING brin (created_at);

BEGIN;
ALTER INDEX "public"."events_created_brin" ATTACH PARTITION "public"."events_2026_02_created_at_idx";
COMMIT;

BEGIN;
CREATE INDEX "events_2026_03_created_at_idx" ON ONLY "public"."events_2026_03" USING brin (created_at);
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_03_click_created_at_idx" ON "public"."events_2026_03_click" USING brin (created_at);

BEGIN;
ALTER INDEX "public"."events_2026_03_created_at_idx" ATTACH PARTITION "public"."events_2026_03_click_created_at_idx";
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_03_other_created_at_idx" ON "public"."events_2026_03_other" USING brin (created_at);

BEGIN;
ALTER INDEX "public"."events_2026_03_created_at_idx" ATTACH PARTITION "public"."events_2026_03_other_created_at_idx";
COMMIT;

BEGIN;
ALTER INDEX "public"."events_created_brin" ATTACH PARTITION "public"."events_2026_03_created_at_idx";
COMMIT;

BEGIN;
ALTER INDEX "public"."events_lower_kind_idx" ATTACH PARTITION "public"."events_2026_01_lower_id_idx";
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_02_lower_id_idx" ON "public"."events_2026_02" USING btree (lower(kind), id);

BEGIN;
ALTER INDEX "public"."events_lower_kind_idx" ATTACH PARTITION "public"."events_2026_02_lower_id_idx";
COMMIT;

BEGIN;
CREATE INDEX "events_2026_03_lower_id_idx" ON ONLY "public"."events_2026_03" USING btree (lower(kind), id);
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_03_click_lower_id_idx" ON "public"."events_2026_03_click" USING btree (lower(kind), id);

BEGIN;
ALTER INDEX "public"."events_2026_03_lower_id_idx" ATTACH PARTITION "public"."events_2026_03_click_lower_id_idx";
COMMIT;

CREATE INDEX CONCURRENTLY "events_2026_03_other_lower_id_idx" ON "public"."events_2026_03_other" USING btree (lower(kind), id);

BEGIN;
ALTER INDEX "public"."events_2026_03_lower_id_idx" ATTACH PARTITION "public"."events_2026_03_other_lower_id_idx";
COMMIT;

BEGIN;
ALTER INDEX "public"."events_lower_kind_idx" ATTACH PARTITION "public"."events_2026_03_lower_id_idx";
COMMIT;
