CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers,
                     qty integer NOT NULL CONSTRAINT qty_positive CHECK (qty > 0));
