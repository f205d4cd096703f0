CREATE TABLE base (id bigint NOT NULL);
