DO $$ BEGIN CREATE ROLE sd_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
