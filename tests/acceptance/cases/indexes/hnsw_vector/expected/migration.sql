-- schemadiff migration
-- 5 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE EXTENSION IF NOT EXISTS "vector" SCHEMA "public";
CREATE TABLE "public"."items" (
    "id" integer NOT NULL,
    "embedding" public.vector(3)
);
ALTER TABLE "public"."items" ADD CONSTRAINT "items_pkey" PRIMARY KEY (id);
CREATE INDEX "items_embedding_hnsw" ON "public"."items" USING hnsw (embedding public.vector_cosine_ops) WITH (m = '16', ef_construction = '64');
CREATE INDEX "items_embedding_ivf" ON "public"."items" USING ivfflat (embedding) WITH (lists = '10');
COMMIT;
