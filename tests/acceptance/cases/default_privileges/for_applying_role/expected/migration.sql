-- schemadiff migration
-- 3 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE TABLE "public"."new_items" (
    "id" integer NOT NULL
);
ALTER TABLE "public"."new_items" ADD CONSTRAINT "new_items_pkey" PRIMARY KEY (id);
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" GRANT SELECT ON TABLES TO "sd_app";
COMMIT;
