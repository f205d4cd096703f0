CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz);
CREATE INDEX events_kind_idx ON events (kind);
