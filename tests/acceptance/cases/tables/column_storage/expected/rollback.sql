-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [deletes_data] drops column docs.notes and its data
-- hazard [table_rewrite] text -> character varying(20) rewrites the table under ACCESS EXCLUSIVE
-- hazard [deletes_data] text -> character varying(20) may truncate or reject existing values

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."docs" DROP COLUMN "notes";
ALTER TABLE "public"."docs" ALTER COLUMN "code" TYPE character varying(20) USING "code"::character varying(20);
ALTER TABLE "public"."docs" ALTER COLUMN "body" SET STORAGE EXTENDED;
ALTER TABLE "public"."docs" ALTER COLUMN "payload" SET STORAGE MAIN;
ALTER TABLE "public"."docs" ALTER COLUMN "summary" SET STORAGE EXTERNAL;
ALTER TABLE "public"."docs" ALTER COLUMN "code" SET COMPRESSION "pglz";
ALTER TABLE "public"."docs" ALTER COLUMN "code" SET STORAGE EXTERNAL;
COMMIT;

BEGIN;
ANALYZE "public"."docs";
COMMIT;
