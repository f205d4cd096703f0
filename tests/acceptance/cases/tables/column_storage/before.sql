CREATE TABLE docs (id bigint PRIMARY KEY, body text, payload jsonb, summary text, code varchar(20) COMPRESSION pglz);
ALTER TABLE docs ALTER COLUMN payload SET STORAGE MAIN, ALTER COLUMN summary SET STORAGE EXTERNAL,
  ALTER COLUMN code SET STORAGE EXTERNAL;
