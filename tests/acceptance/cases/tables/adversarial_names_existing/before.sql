CREATE TABLE "Order Items" (id integer PRIMARY KEY, "select" text);
CREATE TABLE "a.b" (x integer);
