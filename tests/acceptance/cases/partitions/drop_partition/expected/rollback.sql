-- schemadiff rollback
-- 1 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."events_2026_02" PARTITION OF "public"."events" FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
COMMIT;
