CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL);
CREATE INDEX ix1 ON events (kind);
