DO $$ BEGIN CREATE ROLE sd_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_reporting; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
