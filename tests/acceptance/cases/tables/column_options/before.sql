CREATE TABLE events (id bigint PRIMARY KEY, kind text, channel text, account bigint, source text);
-- kind's value as the catalog keeps it, -1.0: the same number as schema.yaml's -1, so no change
ALTER TABLE events ALTER COLUMN kind SET (n_distinct = -1.0), ALTER COLUMN account SET (n_distinct = 5e2),
  ALTER COLUMN source SET (n_distinct = -0.5, n_distinct_inherited = 20);
