CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
CREATE MATERIALIZED VIEW customer_totals WITH (fillfactor = 70, autovacuum_enabled = off, toast.autovacuum_vacuum_threshold = 100) AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_customer ON customer_totals (customer);
