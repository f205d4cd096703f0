-- schemadiff migration
-- 2 to create, 0 to alter, 0 to drop
-- hazard [index_build] builds people_name_prefix concurrently: slower, no write lock; resumable
-- hazard [index_build] builds people_nick_c concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE INDEX CONCURRENTLY "people_name_prefix" ON "public"."people" USING btree ("name" text_pattern_ops);

CREATE INDEX CONCURRENTLY "people_nick_c" ON "public"."people" USING btree (nick COLLATE "C" DESC NULLS LAST, lower(name) text_pattern_ops);
