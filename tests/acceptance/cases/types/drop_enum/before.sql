CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (id integer PRIMARY KEY, mood mood);
