CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, tags jsonb);
CREATE INDEX accounts_email_idx ON accounts (email) WITH (fillfactor = 70);
CREATE INDEX accounts_tags_idx ON accounts USING gin (tags) WITH (fastupdate = off, gin_pending_list_limit = 256);
