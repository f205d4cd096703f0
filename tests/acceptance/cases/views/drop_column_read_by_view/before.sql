CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, legacy_flags integer DEFAULT 0);
CREATE VIEW user_flags AS SELECT id, email, legacy_flags FROM users;
CREATE VIEW user_emails AS SELECT email FROM user_flags;
