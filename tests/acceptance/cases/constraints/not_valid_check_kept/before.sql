-- A check added NOT VALID on purpose: old rows break it, new rows must not.
CREATE TABLE readings (id integer PRIMARY KEY, celsius numeric NOT NULL);
INSERT INTO readings VALUES (1, -300);
ALTER TABLE readings ADD CONSTRAINT readings_celsius_check CHECK (celsius >= -273.15) NOT VALID;
