CREATE TABLE audit (id bigint NOT NULL, msg text);
