"""Functions and triggers against a real server: the shipped templates behave as documented once
applied, and dump then plan of hand-written functions and triggers is empty."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg

from schemadiff.pipeline import Settings, apply, compute_plan, dump

CASE = Path(__file__).resolve().parents[2] / "acceptance" / "cases" / "functions" / "templates"
ORG = "00000000-0000-0000-0000-000000000001"


def _applied(server, make_db, tmp_path) -> str:
    url = make_db(server, "")
    apply(Settings(schema=CASE / "schema.yaml", database=url, project_dir=tmp_path),
          allow_destructive=False, confirm=lambda r: True)
    return url


def _call(conn, sql: str, *args):
    return conn.execute(sql, args).fetchone()[0]


def test_upsert_is_atomic_under_a_race(server, make_db, tmp_path):
    url = _applied(server, make_db, tmp_path)
    upsert = "SELECT public.upsert_customer(%s, %s, %s)"
    with psycopg.connect(url) as first, psycopg.connect(url, autocommit=True) as second:
        assert _call(first, upsert, ORG, "a@x.io", "A")["created"] is True  # open transaction
        result = {}
        racer = threading.Thread(target=lambda: result.update(r=_call(second, upsert, ORG, "a@x.io", None)))
        racer.start()
        racer.join(0.5)
        assert racer.is_alive(), "the second caller must wait for the first one's lock"
        first.commit()
        racer.join(10)
        assert result["r"]["created"] is False and result["r"]["name"] == "A"  # NULL keeps the name
        assert _call(second, "SELECT count(*) FROM public.customers") == 1


def test_idempotency_key_replays_the_stored_response(server, make_db, tmp_path):
    url = _applied(server, make_db, tmp_path)
    once = "SELECT public.create_customer_once(%s, %s, %s)"
    with psycopg.connect(url, autocommit=True) as conn:
        first = _call(conn, once, ORG, "b@x.io", "key-1")
        conn.execute("DELETE FROM public.customers")  # a replay must not run the body again
        assert _call(conn, once, ORG, "b@x.io", "key-1") == first
        assert _call(conn, "SELECT count(*) FROM public.customers") == 0
        assert _call(conn, once, ORG, "b@x.io", None)["created"] is True  # no key: runs
        assert _call(conn, "SELECT count(*) FROM public.idempotency_keys") == 1


def test_updated_at_trigger_stamps_updates(server, make_db, tmp_path):
    url = _applied(server, make_db, tmp_path)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO public.customers (org_id, email, updated_at) "
                     "VALUES (%s, 'c@x.io', '2000-01-01')", (ORG,))
        conn.execute("UPDATE public.customers SET name = 'C'")
        assert _call(conn, "SELECT updated_at > '2001-01-01' FROM public.customers")


SQL = """
CREATE SCHEMA app;
CREATE TABLE app.orders (id integer PRIMARY KEY, status text, total numeric, stamp timestamptz);
CREATE FUNCTION app.label(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT 'n' || n$$;
CREATE FUNCTION app.label(s text, OUT r text, INOUT k integer DEFAULT 1,
                          VARIADIC tags text[] DEFAULT '{}') LANGUAGE sql AS $$SELECT s, k$$;
CREATE FUNCTION app.totals() RETURNS TABLE(id integer, total numeric) LANGUAGE sql STABLE
    AS $$SELECT id, total FROM app.orders$$;
CREATE FUNCTION app.whoami() RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp SET work_mem = '64MB'
    AS $$BEGIN RETURN current_user; END$$;
CREATE FUNCTION app.two() RETURNS integer LANGUAGE sql RETURN 1 + 1;
CREATE PROCEDURE app.archive(IN p_before numeric, OUT archived integer) LANGUAGE plpgsql
    AS $$BEGIN archived := 0; END$$;
CREATE FUNCTION app.stamp() RETURNS trigger LANGUAGE plpgsql
    AS $$BEGIN NEW.stamp := now(); RETURN NEW; END$$;
CREATE TABLE app.tickets (id integer, code integer DEFAULT app.two());
CREATE TRIGGER orders_stamp BEFORE INSERT OR UPDATE OF status, total ON app.orders
    FOR EACH ROW WHEN (NEW.total > 0) EXECUTE FUNCTION app.stamp('a', 'b''c');
CREATE TRIGGER orders_truncate AFTER TRUNCATE ON app.orders FOR EACH STATEMENT
    EXECUTE FUNCTION app.stamp();
COMMENT ON FUNCTION app.label(integer) IS 'short label';
COMMENT ON TRIGGER orders_stamp ON app.orders IS 'stamps';
"""


def test_dump_then_plan_is_empty(server, make_db, tmp_path):
    url = make_db(server, SQL)
    settings = Settings(schema=tmp_path / "schema.yaml", database=url, project_dir=tmp_path)
    text = dump(settings)
    settings.schema.write_text(text)
    plan = compute_plan(settings).forward
    assert plan.empty, (text, [op.describe() for op in plan.ops])
    assert "label(integer):" in text and "procedures:" in text and "triggers:" in text
