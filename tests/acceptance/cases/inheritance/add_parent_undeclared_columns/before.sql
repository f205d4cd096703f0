CREATE TABLE base (id bigint NOT NULL, note text);
CREATE TABLE events (kind text);
