CREATE TABLE widgets (id bigint NOT NULL PRIMARY KEY, name text);
