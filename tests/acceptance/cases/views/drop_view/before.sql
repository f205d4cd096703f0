CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL);
CREATE VIEW order_list AS SELECT id, customer FROM orders;
CREATE MATERIALIZED VIEW customers AS SELECT DISTINCT customer FROM orders;
CREATE UNIQUE INDEX customers_customer ON customers (customer);
