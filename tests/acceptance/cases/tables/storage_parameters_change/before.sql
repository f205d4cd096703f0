CREATE TABLE events (id bigint PRIMARY KEY, body text) WITH (fillfactor = 70, autovacuum_enabled = off, toast.autovacuum_vacuum_threshold = 100);
