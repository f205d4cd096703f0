CREATE SEQUENCE invoice_no START 100;
CREATE UNLOGGED SEQUENCE scratch_no;
SELECT nextval('invoice_no');
