CREATE TABLE tickets (id integer PRIMARY KEY, priority integer NOT NULL DEFAULT 1, status text DEFAULT 'new', owner text);
