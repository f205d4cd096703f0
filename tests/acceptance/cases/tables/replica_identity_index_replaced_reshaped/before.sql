CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, tenant integer NOT NULL, note text);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email;
