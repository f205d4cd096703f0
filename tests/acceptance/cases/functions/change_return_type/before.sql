CREATE FUNCTION weight(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * 2 $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    NEW.touched := true;
    RETURN NEW;
END;
$$;
CREATE TABLE items (
    id integer PRIMARY KEY,
    score integer DEFAULT weight(1),
    touched boolean NOT NULL DEFAULT false
);
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW
    WHEN (weight(1) > 0) EXECUTE FUNCTION touch();
