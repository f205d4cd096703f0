DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL, status text, note text);
GRANT SELECT (id, total, note), UPDATE (status) ON orders TO sd_app;
GRANT SELECT (id) ON orders TO PUBLIC;
