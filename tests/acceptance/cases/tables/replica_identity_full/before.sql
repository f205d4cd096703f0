CREATE TABLE events (id bigint PRIMARY KEY, body text);
