DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE old_items (id int PRIMARY KEY);
