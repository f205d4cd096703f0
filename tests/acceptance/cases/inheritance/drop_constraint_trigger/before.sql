CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE ledger (account_id integer NOT NULL, amount numeric NOT NULL);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    IF (SELECT sum(amount) FROM public.ledger WHERE account_id = NEW.account_id) < 0 THEN
        RAISE EXCEPTION 'account % would be overdrawn', NEW.account_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_balance AFTER INSERT ON ledger FROM accounts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_balance();
COMMENT ON TRIGGER ledger_balance ON ledger IS 'Balance checked at commit';
CREATE CONSTRAINT TRIGGER ledger_large AFTER INSERT ON ledger
    FOR EACH ROW EXECUTE FUNCTION check_balance();
