DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON documents TO sd_app USING (owner = current_user);
CREATE POLICY readers ON documents FOR SELECT TO sd_app USING (body IS NOT NULL) ;
CREATE POLICY writers ON documents FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
