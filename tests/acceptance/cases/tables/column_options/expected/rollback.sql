-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop
-- hazard [deletes_data] drops column events.region and its data

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" DROP COLUMN "region";
ALTER TABLE "public"."events" ALTER COLUMN "channel" RESET ("n_distinct");
ALTER TABLE "public"."events" ALTER COLUMN "account" SET ("n_distinct" = '500');
ALTER TABLE "public"."events" ALTER COLUMN "account" RESET ("n_distinct_inherited");
ALTER TABLE "public"."events" ALTER COLUMN "source" SET ("n_distinct" = '-0.5', "n_distinct_inherited" = '20');
COMMIT;
