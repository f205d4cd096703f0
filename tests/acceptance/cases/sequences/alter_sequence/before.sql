CREATE SEQUENCE ticket_seq AS bigint START 100 INCREMENT 1 CACHE 1;
SELECT nextval('ticket_seq');
