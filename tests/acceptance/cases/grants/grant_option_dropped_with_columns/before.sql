DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, status text, note text);
GRANT SELECT, UPDATE ON orders TO sd_app WITH GRANT OPTION;
GRANT SELECT (note), UPDATE (status) ON orders TO sd_app WITH GRANT OPTION;
