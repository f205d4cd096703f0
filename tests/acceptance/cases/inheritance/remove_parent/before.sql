-- the child declares the parent's columns itself (merged: attislocal and attinhcount 1)
CREATE TABLE base (id bigint NOT NULL, note text);
CREATE TABLE events (id bigint NOT NULL, note text, kind text) INHERITS (base);
