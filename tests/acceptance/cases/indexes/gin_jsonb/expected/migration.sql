-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."documents" (
    "id" integer NOT NULL,
    "body" jsonb NOT NULL
);
ALTER TABLE "public"."documents" ADD CONSTRAINT "documents_pkey" PRIMARY KEY (id);
CREATE INDEX "documents_body_gin" ON "public"."documents" USING gin (body);
CREATE INDEX "documents_body_path_gin" ON "public"."documents" USING gin (body jsonb_path_ops);
COMMIT;
