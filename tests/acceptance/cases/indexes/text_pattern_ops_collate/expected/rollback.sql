-- schemadiff rollback
-- 0 to create, 0 to alter, 2 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

DROP INDEX CONCURRENTLY "public"."people_name_prefix";

DROP INDEX CONCURRENTLY "public"."people_nick_c";
