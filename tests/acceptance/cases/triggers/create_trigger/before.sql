CREATE TABLE accounts (id integer PRIMARY KEY, status text NOT NULL, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE account_log (account_id integer, note text, at timestamptz DEFAULT now());
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    INSERT INTO public.account_log (account_id, note) VALUES (NEW.id, TG_ARGV[0]);
    RETURN NEW;
END;
$$;
