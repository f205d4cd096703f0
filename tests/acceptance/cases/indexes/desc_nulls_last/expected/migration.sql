-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."posts" (
    "id" integer NOT NULL,
    "published_at" timestamp with time zone,
    "score" integer
);
ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_pkey" PRIMARY KEY (id);
CREATE INDEX "posts_recent_idx" ON "public"."posts" USING btree (published_at DESC NULLS LAST, score);
COMMIT;
