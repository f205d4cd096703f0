-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."reservations" (
    "id" integer NOT NULL,
    "during" tsrange NOT NULL
);
ALTER TABLE "public"."reservations" ADD CONSTRAINT "reservations_during_excl" EXCLUDE USING gist (during WITH &&);
ALTER TABLE "public"."reservations" ADD CONSTRAINT "reservations_pkey" PRIMARY KEY (id);
COMMIT;
