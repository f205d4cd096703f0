CREATE TYPE tag AS ENUM ('new', 'legacy', 'hot');
CREATE TABLE posts (id integer PRIMARY KEY, tags tag[] COMPRESSION pglz);
ALTER TABLE posts ALTER COLUMN tags SET STORAGE EXTERNAL;
