CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
CREATE VIEW order_list AS SELECT id, customer FROM orders;
CREATE VIEW customers AS SELECT DISTINCT customer FROM order_list;
