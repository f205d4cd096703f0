CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
CREATE VIEW order_list AS SELECT id, customer FROM orders;
CREATE VIEW customers AS SELECT DISTINCT customer FROM order_list;
CREATE VIEW customer_count AS SELECT count(*) AS n FROM customers;
COMMENT ON VIEW customer_count IS 'How many customers ordered';
