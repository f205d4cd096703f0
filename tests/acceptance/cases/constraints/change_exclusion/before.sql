CREATE TABLE reservations (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL,
                           CONSTRAINT reservations_excl EXCLUDE USING gist (during WITH &&));
