-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
DROP TRIGGER "items_touch" ON "public"."items";
ALTER TABLE "public"."items" ALTER COLUMN "score" DROP DEFAULT;
DROP FUNCTION "public"."weight"(integer);
CREATE FUNCTION "public"."weight"(n integer)
 RETURNS bigint
 LANGUAGE "sql"
 IMMUTABLE
AS $body$ SELECT n * 2 $body$;
ALTER TABLE "public"."items" ALTER COLUMN "score" SET DEFAULT public.weight(1);
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW WHEN ((public.weight(1) > 0)) EXECUTE FUNCTION public.touch();
COMMIT;
