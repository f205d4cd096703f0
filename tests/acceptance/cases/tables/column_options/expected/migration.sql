-- schemadiff migration
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."events" ALTER COLUMN "channel" SET ("n_distinct" = '-1');
ALTER TABLE "public"."events" ALTER COLUMN "account" SET ("n_distinct" = '800', "n_distinct_inherited" = '-0.25');
ALTER TABLE "public"."events" ALTER COLUMN "source" RESET ("n_distinct", "n_distinct_inherited");
ALTER TABLE "public"."events" ADD COLUMN "region" text;
ALTER TABLE "public"."events" ALTER COLUMN "region" SET ("n_distinct" = '12');
COMMIT;
