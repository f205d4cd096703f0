-- schemadiff migration
-- 6 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."sessions" (
    "user_id" bigint NOT NULL,
    "token" text NOT NULL
) PARTITION BY HASH (user_id);
CREATE TABLE "public"."sessions_p0" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 0);
CREATE TABLE "public"."sessions_p1" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 1);
CREATE TABLE "public"."sessions_p2" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 2);
CREATE TABLE "public"."sessions_p3" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 3);
ALTER TABLE "public"."sessions" ADD CONSTRAINT "sessions_user_token_key" UNIQUE (user_id, token);
COMMIT;
