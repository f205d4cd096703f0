-- roles are cluster-wide: created once, shared by every case that grants to them
DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION total(n integer) RETURNS integer LANGUAGE sql AS $$SELECT n$$;
GRANT EXECUTE ON FUNCTION total(integer) TO sd_app;
