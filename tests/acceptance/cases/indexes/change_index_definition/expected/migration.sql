-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop
-- hazard [index_build] builds events_kind_idx_schemadiff_new concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE INDEX CONCURRENTLY "events_kind_idx_schemadiff_new" ON "public"."events" USING btree (kind, "at") WHERE (at IS NOT NULL);

DROP INDEX CONCURRENTLY "public"."events_kind_idx";

BEGIN;
ALTER INDEX "public"."events_kind_idx_schemadiff_new" RENAME TO "events_kind_idx";
COMMIT;
