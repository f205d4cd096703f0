-- schemadiff migration
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."events_default" PARTITION OF "public"."events" DEFAULT;
COMMIT;
