CREATE TABLE accounts (id integer, email text NOT NULL, org integer NOT NULL,
                       CONSTRAINT accounts_pkey PRIMARY KEY (id) WITH (fillfactor = 70),
                       CONSTRAINT accounts_email_key UNIQUE (email) WITH (deduplicate_items = off, fillfactor = 80));
