CREATE TABLE base (id bigint NOT NULL);
CREATE TABLE events (kind text) INHERITS (base);
CREATE TABLE audits (who text) INHERITS (base);
