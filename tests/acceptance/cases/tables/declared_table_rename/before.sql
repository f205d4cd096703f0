CREATE TABLE clients (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX clients_name_idx ON clients (name);
