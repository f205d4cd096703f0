-- schemadiff migration
-- 4 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."tttttttttttttttttttttttttttttttttttttttttttttttttt_abcdefghijkl" (
    "id" integer NOT NULL,
    "code" text,
    "parent_id" integer
);
ALTER TABLE "public"."tttttttttttttttttttttttttttttttttttttttttttttttttt_abcdefghijkl" ADD CONSTRAINT "tttttttttttttttttttttttttttttttttttttttttttttttttt_abc_code_key" UNIQUE (code);
ALTER TABLE "public"."tttttttttttttttttttttttttttttttttttttttttttttttttt_abcdefghijkl" ADD CONSTRAINT "tttttttttttttttttttttttttttttttttttttttttttttttttt_abcdefg_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."tttttttttttttttttttttttttttttttttttttttttttttttttt_abcdefghijkl" ADD CONSTRAINT "tttttttttttttttttttttttttttttttttttttttttttttttt_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES public.tttttttttttttttttttttttttttttttttttttttttttttttttt_abcdefghijkl(id);
COMMIT;
