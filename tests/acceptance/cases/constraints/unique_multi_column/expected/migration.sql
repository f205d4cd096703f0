-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop
-- hazard [index_build] builds memberships_org_user_key concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

CREATE UNIQUE INDEX CONCURRENTLY "memberships_org_user_key" ON "public"."memberships" USING btree (org_id, user_id);

BEGIN;
ALTER TABLE "public"."memberships" ADD CONSTRAINT "memberships_org_user_key" UNIQUE USING INDEX "memberships_org_user_key";
COMMIT;
