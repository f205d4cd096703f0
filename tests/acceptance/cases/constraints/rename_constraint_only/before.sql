CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer,
                     qty integer CONSTRAINT qty_positive CHECK (qty > 0),
                     CONSTRAINT fk_cust FOREIGN KEY (customer_id) REFERENCES customers (id),
                     CONSTRAINT orders_uq UNIQUE (customer_id, qty));
