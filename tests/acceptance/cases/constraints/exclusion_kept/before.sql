CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL,
                       CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));
