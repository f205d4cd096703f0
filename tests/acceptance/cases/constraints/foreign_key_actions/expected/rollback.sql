-- schemadiff rollback
-- 0 to create, 0 to alter, 11 to drop
-- hazard [deletes_data] drops table authors and every row in it
-- hazard [deletes_data] drops table books and every row in it

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
ALTER TABLE "public"."books" DROP CONSTRAINT "books_author_code_fkey";
ALTER TABLE "public"."books" DROP CONSTRAINT "books_author_id_fkey";
ALTER TABLE "public"."books" DROP CONSTRAINT "books_editor_id_fkey";
ALTER TABLE "public"."books" DROP CONSTRAINT "books_publisher_id_fkey";
ALTER TABLE "public"."books" DROP CONSTRAINT "books_reviewer_fkey";
DROP TABLE "public"."authors";
DROP TABLE "public"."books";
COMMIT;
