CREATE TABLE notes (id integer PRIMARY KEY, body text, updated_at timestamptz);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER notes_stamp BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE FUNCTION unused(a integer, b integer) RETURNS integer LANGUAGE sql AS $$SELECT a + b$$;
