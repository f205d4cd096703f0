CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(12,2), status text);
COMMENT ON COLUMN invoices.status IS 'old comment';
