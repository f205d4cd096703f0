-- schemadiff migration
-- 1 to create, 0 to alter, 2 to drop
-- hazard [security] grants EXECUTE on function public.ping() to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT EXECUTE ON ROUTINE "public"."ping"() TO PUBLIC;
REVOKE EXECUTE ON ROUTINE "public"."ping"() FROM "sd_authenticated";
REVOKE EXECUTE ON ROUTINE "public"."pong"() FROM PUBLIC;
COMMIT;
