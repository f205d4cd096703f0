-- schemadiff migration
-- 0 to create, 3 to alter, 0 to drop
-- hazard [table_rewrite] integer -> bigint rewrites the table under ACCESS EXCLUSIVE

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
DROP VIEW "public"."recent_kinds";
DROP VIEW "public"."recent_events";
ALTER TABLE "public"."events" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
CREATE VIEW "public"."recent_events" AS
SELECT id,
    kind,
    at
   FROM public.events
  WHERE at > (now() - '1 day'::interval);
CREATE VIEW "public"."recent_kinds" AS
SELECT kind,
    count(*) AS n
   FROM public.recent_events
  GROUP BY kind;
COMMIT;

BEGIN;
ANALYZE "public"."events";
COMMIT;
