CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
INSERT INTO orders VALUES (1, 'a', 50), (2, 'a', 150), (3, 'b', 300);
CREATE MATERIALIZED VIEW customer_totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
CREATE INDEX customer_totals_total ON customer_totals (total);
