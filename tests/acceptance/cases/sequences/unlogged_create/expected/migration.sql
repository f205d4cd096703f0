-- schemadiff migration
-- 5 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SEQUENCE "public"."cache_audit" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
CREATE UNLOGGED SEQUENCE "public"."cache_entries_id_seq" AS integer INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
CREATE UNLOGGED SEQUENCE "public"."cache_ticket" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
CREATE UNLOGGED SEQUENCE "public"."scratch_no" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
CREATE UNLOGGED TABLE "public"."cache_entries" (
    "id" integer DEFAULT nextval('public.cache_entries_id_seq'::regclass) NOT NULL,
    "ticket" bigint,
    "audit" bigint
);
ALTER SEQUENCE "public"."cache_audit" OWNED BY "public"."cache_entries"."audit";
ALTER SEQUENCE "public"."cache_entries_id_seq" OWNED BY "public"."cache_entries"."id";
ALTER SEQUENCE "public"."cache_ticket" OWNED BY "public"."cache_entries"."ticket";
COMMIT;
