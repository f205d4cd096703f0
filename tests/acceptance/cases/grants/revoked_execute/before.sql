DO $$ BEGIN CREATE ROLE sd_authenticated; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE accounts (id uuid PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
