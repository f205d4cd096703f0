CREATE TABLE base (id bigint NOT NULL, created timestamptz NOT NULL DEFAULT now(), note text,
    CONSTRAINT base_note CHECK (note <> ''));
CREATE TABLE tagged (tag text);
