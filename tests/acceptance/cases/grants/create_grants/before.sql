-- roles are cluster-wide: created once, shared by every case that grants to them
DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE SEQUENCE app.invoice_number;
CREATE VIEW app.order_totals AS SELECT sum(total) AS total FROM app.orders;
