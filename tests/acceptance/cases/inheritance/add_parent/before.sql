CREATE TABLE base (id bigint NOT NULL, note text, CONSTRAINT base_note CHECK (note <> ''));
CREATE TABLE events (id bigint NOT NULL, kind text);
