CREATE TYPE status AS ENUM ('new', 'paid', 'void');
CREATE TABLE invoices (id integer PRIMARY KEY, status status NOT NULL DEFAULT 'new');
CREATE VIEW open_invoices AS SELECT id, status FROM invoices WHERE status = 'new';
