CREATE TABLE base (id bigint, note text);
CREATE TABLE ledger (id bigint, note text, amount integer) INHERITS (base);
