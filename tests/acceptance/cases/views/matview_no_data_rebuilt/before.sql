CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
CREATE MATERIALIZED VIEW customer_totals WITH (fillfactor = 50) AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer WITH NO DATA;
