CREATE TABLE orders (id integer PRIMARY KEY, note text NOT NULL);
