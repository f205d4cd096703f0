CREATE TABLE notes (id integer PRIMARY KEY, body text);
CREATE VIEW note_bodies WITH (security_barrier) AS SELECT id, body FROM notes;
