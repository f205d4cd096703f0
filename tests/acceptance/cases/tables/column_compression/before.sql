CREATE TABLE docs (id bigint PRIMARY KEY, body text, summary text COMPRESSION pglz);
