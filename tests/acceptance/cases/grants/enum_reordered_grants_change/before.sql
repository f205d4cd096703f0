DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE order_status AS ENUM ('pending', 'paid');
REVOKE USAGE ON TYPE order_status FROM PUBLIC;
GRANT USAGE ON TYPE order_status TO sd_app;
CREATE TABLE orders (id integer PRIMARY KEY, status order_status);
