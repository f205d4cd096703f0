CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE plpgsql AS $$BEGIN
    RETURN amount * 1.1;
END;
$$;
COMMENT ON FUNCTION add_tax(numeric) IS 'Adds VAT';
