-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [table_rewrite] character varying(40) -> character varying(10) rewrites the table under ACCESS EXCLUSIVE
-- hazard [deletes_data] character varying(40) -> character varying(10) may truncate or reject existing values

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."products" ALTER COLUMN "sku" TYPE character varying(10) USING "sku"::character varying(10);
COMMIT;

BEGIN;
ANALYZE "public"."products";
COMMIT;
