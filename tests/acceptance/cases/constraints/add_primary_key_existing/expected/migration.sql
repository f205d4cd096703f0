-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop
-- hazard [index_build] builds audit_pkey concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE UNIQUE INDEX CONCURRENTLY "audit_pkey" ON "public"."audit" USING btree (id);

BEGIN;
ALTER TABLE "public"."audit" ADD CONSTRAINT "audit_pkey" PRIMARY KEY USING INDEX "audit_pkey";
COMMIT;
