CREATE TYPE order_status AS ENUM ('pending', 'legacy', 'paid');
REVOKE USAGE ON TYPE order_status FROM PUBLIC;
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending');
DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON TYPE order_status TO sd_app;
COMMENT ON TYPE order_status IS 'where an order stands';
