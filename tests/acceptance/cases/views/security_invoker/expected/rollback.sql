-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE OR REPLACE VIEW "public"."note_bodies" WITH (security_barrier=true) AS
SELECT id,
    body
   FROM public.notes;
COMMIT;
