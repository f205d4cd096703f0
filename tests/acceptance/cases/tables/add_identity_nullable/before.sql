CREATE TABLE widgets (id bigint, name text);
