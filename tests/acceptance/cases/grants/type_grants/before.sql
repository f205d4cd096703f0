DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
GRANT USAGE ON TYPE mood TO sd_app;
CREATE TYPE color AS ENUM ('red');
