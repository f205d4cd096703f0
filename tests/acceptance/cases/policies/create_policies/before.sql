-- roles are cluster-wide: created once, shared by every case that grants to them
DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, body text, archived boolean NOT NULL DEFAULT false);
