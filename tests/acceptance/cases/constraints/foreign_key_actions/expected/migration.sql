-- schemadiff migration
-- 11 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."authors" (
    "id" integer NOT NULL,
    "code" text NOT NULL
);
CREATE TABLE "public"."books" (
    "id" integer NOT NULL,
    "author_id" integer,
    "editor_id" integer,
    "publisher_id" integer,
    "author_code" text,
    "reviewer_id" integer,
    "reviewer_code" text
);
ALTER TABLE "public"."authors" ADD CONSTRAINT "authors_code_key" UNIQUE (code);
ALTER TABLE "public"."authors" ADD CONSTRAINT "authors_id_code_key" UNIQUE (id, code);
ALTER TABLE "public"."authors" ADD CONSTRAINT "authors_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."books" ADD CONSTRAINT "books_author_code_fkey" FOREIGN KEY (author_code) REFERENCES public.authors(code) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "public"."books" ADD CONSTRAINT "books_author_id_fkey" FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE;
ALTER TABLE "public"."books" ADD CONSTRAINT "books_editor_id_fkey" FOREIGN KEY (editor_id) REFERENCES public.authors(id) ON DELETE SET NULL;
ALTER TABLE "public"."books" ADD CONSTRAINT "books_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."books" ADD CONSTRAINT "books_publisher_id_fkey" FOREIGN KEY (publisher_id) REFERENCES public.authors(id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "public"."books" ADD CONSTRAINT "books_reviewer_fkey" FOREIGN KEY (reviewer_id, reviewer_code) REFERENCES public.authors(id, code) MATCH FULL DEFERRABLE;
COMMIT;
