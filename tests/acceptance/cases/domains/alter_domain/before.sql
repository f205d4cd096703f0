CREATE DOMAIN quantity AS integer DEFAULT 1 CONSTRAINT positive CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 100);
CREATE TABLE order_lines (id integer PRIMARY KEY, qty quantity);
