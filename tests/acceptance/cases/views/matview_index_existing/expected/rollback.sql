-- schemadiff rollback
-- 1 to create, 0 to alter, 1 to drop
-- hazard [index_build] builds customer_totals_total concurrently: slower, no write lock; resumable

SET lock_timeout = '1s';
SET statement_timeout = '0';

DROP INDEX CONCURRENTLY "public"."customer_totals_customer";

CREATE INDEX CONCURRENTLY "customer_totals_total" ON "public"."customer_totals" USING btree (total);
