CREATE TABLE people (id integer PRIMARY KEY, email text NOT NULL);
CREATE INDEX people_email_idx ON people (lower(email));
