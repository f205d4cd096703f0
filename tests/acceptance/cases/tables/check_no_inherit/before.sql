CREATE TABLE prices (amount numeric, CONSTRAINT prices_amount_check CHECK (amount >= 0));
