DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE users (id integer PRIMARY KEY, email text, legacy integer);
CREATE VIEW user_list AS SELECT id, email, legacy FROM users;
GRANT SELECT ON user_list TO sd_app;
CREATE MATERIALIZED VIEW user_count AS SELECT count(legacy) AS n FROM users;
GRANT SELECT ON user_count TO sd_admin;
