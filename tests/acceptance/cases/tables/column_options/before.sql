CREATE TABLE events (id bigint PRIMARY KEY, kind text, account bigint, source text);
ALTER TABLE events ALTER COLUMN account SET (n_distinct = 500),
  ALTER COLUMN source SET (n_distinct = -0.5, n_distinct_inherited = 20);
