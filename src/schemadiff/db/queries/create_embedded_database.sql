-- The embedded server's one database, named by db/embedded.py's DATABASE (a test holds the two
-- equal). A fixed name, so a static statement: db/ is below render/ and CREATE DATABASE takes no
-- parameters.
CREATE DATABASE "schemadiff"
