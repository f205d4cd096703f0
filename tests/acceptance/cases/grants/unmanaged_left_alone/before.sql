DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE orders (id integer PRIMARY KEY);
CREATE TABLE audit (id integer PRIMARY KEY);
GRANT SELECT ON orders TO sd_app;
GRANT SELECT, INSERT ON audit TO sd_admin;
