CREATE UNLOGGED TABLE sessions (id bigint NOT NULL PRIMARY KEY, payload text);
