CREATE FUNCTION next_code(n integer) RETURNS text LANGUAGE sql AS $$SELECT 'C' || n$$;
CREATE TABLE tickets (id integer PRIMARY KEY, code text DEFAULT next_code(1));
