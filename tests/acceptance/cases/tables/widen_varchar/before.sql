CREATE TABLE products (id integer PRIMARY KEY, sku varchar(10) NOT NULL);
