-- Orders whose customers were purged long ago: a valid foreign key cannot be added.
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL);
