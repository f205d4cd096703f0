CREATE TABLE accounts (id integer PRIMARY KEY, status text NOT NULL);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_watch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION noop();
