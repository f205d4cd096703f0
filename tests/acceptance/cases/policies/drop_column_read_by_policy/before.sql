DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, team text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_rows ON documents TO sd_app USING (team = current_user OR owner = current_user);
