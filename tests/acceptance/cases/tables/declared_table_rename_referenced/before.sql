CREATE TABLE clients (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, client_id integer NOT NULL REFERENCES clients (id));
