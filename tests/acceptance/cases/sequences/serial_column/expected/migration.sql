-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SEQUENCE "public"."notes_big_seq" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
CREATE SEQUENCE "public"."notes_id_seq" AS integer INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
CREATE TABLE "public"."notes" (
    "id" integer DEFAULT nextval('public.notes_id_seq'::regclass) NOT NULL,
    "big" bigint DEFAULT nextval('public.notes_big_seq'::regclass) NOT NULL,
    "body" text
);
ALTER TABLE "public"."notes" ADD CONSTRAINT "notes_pkey" PRIMARY KEY (id);
ALTER SEQUENCE "public"."notes_big_seq" OWNED BY "public"."notes"."big";
ALTER SEQUENCE "public"."notes_id_seq" OWNED BY "public"."notes"."id";
COMMIT;
