DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE accounts (id integer PRIMARY KEY, total integer, note text);
GRANT UPDATE (total), SELECT (note) ON accounts TO PUBLIC;
GRANT SELECT (total) ON accounts TO sd_app;
