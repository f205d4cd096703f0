CREATE TABLE base (id bigint NOT NULL);
CREATE TABLE events (kind text NOT NULL) INHERITS (base);
