CREATE SCHEMA archive;
CREATE TABLE archive.old_orders (id integer PRIMARY KEY);
CREATE TABLE keep_me (id integer PRIMARY KEY);
