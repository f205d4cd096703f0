CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL);
CREATE INDEX events_kind_idx ON events (kind);
