CREATE TABLE keep_me (id integer PRIMARY KEY);
CREATE TABLE legacy_log (id integer PRIMARY KEY, msg text NOT NULL, at timestamptz DEFAULT now());
CREATE INDEX legacy_log_at_idx ON legacy_log (at);
