CREATE TABLE notes (body text);
CREATE TABLE kept_notes (body text) INHERITS (notes);
CREATE TABLE order_notes (order_id bigint) INHERITS (notes);
