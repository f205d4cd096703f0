CREATE TABLE base (id bigint NOT NULL, note text);
CREATE TABLE events (id bigint, kind text);
