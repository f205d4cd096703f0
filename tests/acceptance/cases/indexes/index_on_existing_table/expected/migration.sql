-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop
-- hazard [index_build] builds events_kind_at_idx concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE INDEX CONCURRENTLY "events_kind_at_idx" ON "public"."events" USING btree (kind, "at");
