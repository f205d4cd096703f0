CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, legacy_flags integer DEFAULT 0);
