CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE ledger (account_id integer NOT NULL, amount numeric NOT NULL);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    IF (SELECT sum(amount) FROM public.ledger WHERE account_id = NEW.account_id) < 0 THEN
        RAISE EXCEPTION 'account % would be overdrawn', NEW.account_id;
    END IF;
    RETURN NULL;
END;
$$;
