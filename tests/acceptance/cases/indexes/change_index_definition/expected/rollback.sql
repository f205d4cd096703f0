-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [index_build] builds events_kind_idx concurrently: slower, no write lock; resumable

SET lock_timeout = '5s';
SET statement_timeout = '0';

BEGIN;
DROP INDEX "public"."events_kind_idx";
COMMIT;

CREATE INDEX CONCURRENTLY "events_kind_idx" ON "public"."events" USING btree (kind);
