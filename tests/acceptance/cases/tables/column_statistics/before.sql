CREATE TABLE events (id bigint PRIMARY KEY, kind text, payload jsonb);
ALTER TABLE events ALTER COLUMN payload SET STATISTICS 200;
