CREATE TABLE shipments (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL CHECK (status NOT IN ('lost', 'stolen'))
);
