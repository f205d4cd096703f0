"""Functions, procedures and triggers read back from the catalog, with their pg_depend edges."""

from __future__ import annotations

from schemadiff.model.ids import enum_id, schema_id, table_id
from schemadiff.model.routines import function_id
from schemadiff.model.triggers import trigger_id

SQL = """
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('open', 'closed');
CREATE TABLE app.orders (id integer PRIMARY KEY, status app.status, total numeric, stamp timestamptz);
CREATE FUNCTION app.label(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT 'n' || n$$;
CREATE FUNCTION app.label(s text, OUT r text, INOUT k integer DEFAULT 1,
                          VARIADIC tags text[] DEFAULT '{}') LANGUAGE sql AS $$SELECT s, k$$;
CREATE FUNCTION app.open_ids(st app.status) RETURNS SETOF integer LANGUAGE sql STABLE STRICT
    AS $$SELECT id FROM app.orders WHERE status = st$$;
CREATE FUNCTION app.totals() RETURNS TABLE(id integer, total numeric) LANGUAGE sql
    AS $$SELECT id, total FROM app.orders$$;
CREATE FUNCTION app.whoami() RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp SET statement_timeout = '5s'
    AS $$BEGIN RETURN current_user; END$$;
CREATE FUNCTION app.two() RETURNS integer LANGUAGE sql RETURN 1 + 1;
CREATE PROCEDURE app.archive(IN p_before numeric, OUT archived integer) LANGUAGE plpgsql
    AS $$BEGIN archived := 0; END$$;
CREATE FUNCTION app.stamp() RETURNS trigger LANGUAGE plpgsql
    AS $$BEGIN NEW.stamp := now(); RETURN NEW; END$$;
CREATE TABLE app.tickets (id integer, code integer DEFAULT app.two());
CREATE TRIGGER orders_stamp BEFORE INSERT OR UPDATE OF status, total ON app.orders
    FOR EACH ROW WHEN (NEW.total > 0) EXECUTE FUNCTION app.stamp('a', 'b''c');
COMMENT ON FUNCTION app.label(integer) IS 'short label';
COMMENT ON TRIGGER orders_stamp ON app.orders IS 'stamps';
"""


def test_overloads_and_argument_modes(inspect):
    db = inspect(SQL)
    short = db.get(function_id("app", "label", "integer"))
    long = db.get(function_id("app", "label", "text, integer, text[]"))
    assert (short.arguments, short.result, short.volatility) == ("n integer", "text", "i")
    assert short.comment == "short label"
    assert long.arguments == ("s text, OUT r text, INOUT k integer DEFAULT 1, "
                              "VARIADIC tags text[] DEFAULT '{}'::text[]")
    assert long.result == "record"


def test_result_shapes_strictness_and_bodies(inspect):
    db = inspect(SQL)
    open_ids = db.get(function_id("app", "open_ids", "app.status"))
    assert (open_ids.result, open_ids.strict, open_ids.volatility) == ("SETOF integer", True, "s")
    assert open_ids.body == "SELECT id FROM app.orders WHERE status = st"
    assert db.get(function_id("app", "totals")).result == "TABLE(id integer, total numeric)"
    two = db.get(function_id("app", "two"))
    assert two.body == "RETURN (1 + 1)" and two.sql_standard_body


def test_security_definer_and_config(inspect):
    fn = inspect(SQL).get(function_id("app", "whoami"))
    assert fn.security_definer and fn.language == "plpgsql"
    assert fn.config == ("search_path=pg_catalog, public, pg_temp", "statement_timeout=5s")


def test_procedures(inspect):
    proc = inspect(SQL).get(function_id("app", "archive", "numeric"))
    assert proc.is_procedure and proc.result is None
    assert proc.arguments == "IN p_before numeric, OUT archived integer"


def test_triggers(inspect):
    trig = inspect(SQL).get(trigger_id("app", "orders", "orders_stamp"))
    assert trig.definition == (
        "CREATE TRIGGER orders_stamp BEFORE INSERT OR UPDATE OF status, total ON app.orders "
        "FOR EACH ROW WHEN ((new.total > (0)::numeric)) EXECUTE FUNCTION app.stamp('a', 'b''c')")
    assert trig.comment == "stamps" and trig.function == ("app", "stamp")


def test_internal_triggers_and_extension_functions_are_skipped(inspect):
    db = inspect("CREATE EXTENSION citext; CREATE TABLE a (id int PRIMARY KEY);"
                 "CREATE TABLE b (a_id int REFERENCES a);")
    assert db.of_kind("trigger") == [] and db.of_kind("function") == []


def test_dependencies(inspect):
    db = inspect(SQL)
    orders = table_id("app", "orders")
    assert db.get(trigger_id("app", "orders", "orders_stamp")).depends_on == {
        orders, function_id("app", "stamp")}
    assert function_id("app", "two") in db.get(table_id("app", "tickets")).depends_on
    assert db.get(function_id("app", "open_ids", "app.status")).depends_on == {
        schema_id("app"), enum_id("app", "status")}
