CREATE DOMAIN code AS varchar(10) CHECK (VALUE IN ('a', 'b'));
CREATE DOMAIN qty AS integer;
ALTER DOMAIN qty ADD CONSTRAINT qty_positive CHECK (VALUE > 0) NOT VALID;
CREATE DOMAIN pct AS integer CONSTRAINT pct_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE lines (c code, q qty, p pct);
INSERT INTO lines VALUES ('a', 1, 50);
