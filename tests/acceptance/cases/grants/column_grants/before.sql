DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL, status text);
