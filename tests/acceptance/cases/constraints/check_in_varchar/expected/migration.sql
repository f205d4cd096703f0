-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."shipments" (
    "id" integer NOT NULL,
    "status" character varying(20) DEFAULT 'pending'::character varying NOT NULL,
    "weight" numeric
);
ALTER TABLE "public"."shipments" ADD CONSTRAINT "shipments_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."shipments" ADD CONSTRAINT "shipments_status_check" CHECK (status IN ('pending', 'shipped', 'delivered'));
ALTER TABLE "public"."shipments" ADD CONSTRAINT "shipments_weight_check" CHECK ((weight > (0)::numeric));
COMMIT;
