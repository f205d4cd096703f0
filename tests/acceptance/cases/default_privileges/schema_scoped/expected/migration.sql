-- schemadiff migration
-- 5 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE SCHEMA "app";
CREATE TABLE "app"."orders" (
    "id" integer NOT NULL
);
ALTER TABLE "app"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id);
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" IN SCHEMA "app" GRANT EXECUTE ON FUNCTIONS TO "sd_app";
ALTER DEFAULT PRIVILEGES FOR ROLE "sd_owner" IN SCHEMA "app" GRANT SELECT ON TABLES TO "sd_app";
COMMIT;
