DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
GRANT SELECT, INSERT, DELETE ON orders TO sd_app;
GRANT SELECT ON orders TO sd_admin WITH GRANT OPTION;
GRANT SELECT ON orders TO PUBLIC;
