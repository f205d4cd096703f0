-- schemadiff rollback
-- 2 to create, 0 to alter, 1 to drop
-- hazard [security] grants EXECUTE on function public.pong() to PUBLIC: every role, present and future

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
GRANT EXECUTE ON ROUTINE "public"."pong"() TO PUBLIC;
REVOKE EXECUTE ON ROUTINE "public"."ping"() FROM PUBLIC;
GRANT EXECUTE ON ROUTINE "public"."ping"() TO "sd_authenticated";
COMMIT;
