CREATE TABLE "order items" ("line no" integer NOT NULL, "alt.no" integer);
CREATE TABLE "other table" (n integer);
CREATE SEQUENCE "line seq" OWNED BY "order items"."line no";
CREATE SEQUENCE "moving seq" OWNED BY "other table".n;
CREATE SEQUENCE "freed seq" OWNED BY "other table".n;
