"""Readable dumps (issue 10 item 3, issue 8 item 4): shorthand types, casts dropped only where
redundant, `IN (...)` checks, and every dump still rebuilds the identical catalog."""

from __future__ import annotations

import psycopg
import pytest
import yaml

from schemadiff import spec
from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan
from schemadiff.spec.readable import check_text, default_text, type_text
from tests.catalog import catalog_differences, catalog_fingerprint

# Defaults, checks and types whose catalog text carries casts, some redundant, some not.
SOURCE = """
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN short_code AS varchar(8) DEFAULT 'xx' CHECK (VALUE <> '');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE things (
    id serial PRIMARY KEY,
    big bigserial,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
    code varchar(255) DEFAULT 'x',
    plain_code varchar DEFAULT 'p',
    letter char(1) DEFAULT 'a',
    feeling mood DEFAULT 'ok' CHECK (feeling IN ('ok', 'happy')),
    created_at timestamptz NOT NULL DEFAULT now(),
    at_local timestamp(3) DEFAULT '2020-01-01 00:00:00',
    t_local time DEFAULT '12:00',
    t_zone timetz,
    flag boolean DEFAULT true,
    flags boolean[] DEFAULT '{}',
    data jsonb NOT NULL DEFAULT '{}',
    tags text[] DEFAULT '{}',
    codes varchar(3)[] DEFAULT '{}',
    price numeric(10,2) DEFAULT 0 CHECK (price >= 0),
    ratio numeric DEFAULT '1.5' CHECK (ratio > 0.5),
    price2 numeric(10,2) DEFAULT '1.5',
    price3 numeric(10,2) DEFAULT '1.5'::numeric,
    price4 numeric(10,2) DEFAULT '1.5'::numeric(4,1),
    stamp3 timestamptz(3) DEFAULT '2020-01-01 00:00:00.12345+00'::timestamptz,
    bits bit(3) DEFAULT B'101',
    vbits varbit(5) DEFAULT '1'::varbit,
    n integer DEFAULT '-1' CHECK (n > '1'::bigint),
    m bigint DEFAULT 0 CHECK (m <> -1),
    as_text text DEFAULT 'x'::varchar,
    as_var varchar(10) DEFAULT 'y'::text,
    sc short_code,
    pos positive DEFAULT '5',
    pos_int integer DEFAULT '5'::positive,
    note text,
    "Odd Name" text DEFAULT 'q' CHECK ("Odd Name" IN ('q', 'r''s')),
    both_checks text CHECK (both_checks = 'a' OR both_checks = 'b'),
    CONSTRAINT pair CHECK (n > 0 AND m > 0)
);
"""


def _model(url: str):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


def _dump(url: str) -> str:
    return spec.dump(_model(url))


def _columns(text: str) -> dict:
    return yaml.safe_load(text)["schemas"]["public"]["tables"]["things"]["columns"]


def test_dump_rebuilds_the_same_catalog(server, make_db, tmp_path):
    """Dump, apply to an empty database: identical catalog; plan against the source: empty."""
    source = make_db(server, SOURCE)
    text = _dump(source)
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    assert compute_plan(Settings(schema=schema, database=source, project_dir=tmp_path)).forward.empty
    target = make_db(server, "")
    apply(Settings(schema=schema, database=target, project_dir=tmp_path),
          allow_destructive=True, confirm=lambda r: True)
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}
    assert _dump(target) == text, "dumping the rebuilt database is not a fixed point"


def test_dump_is_readable(server, make_db):
    """The forms a person would write, where the catalog's casts were redundant."""
    columns = _columns(_dump(make_db(server, SOURCE)))
    assert columns["id"] == "serial" and columns["big"] == "bigserial"
    assert columns["note"] == "text"
    assert columns["status"] == {"type": "text", "not_null": True, "default": "'pending'"}
    assert columns["code"] == {"type": "varchar(255)", "default": "'x'"}
    assert columns["letter"]["type"] == "char(1)"
    assert columns["feeling"]["default"] == "'ok'"
    assert columns["created_at"] == {"type": "timestamptz", "not_null": True, "default": "now()"}
    assert columns["at_local"]["type"] == "timestamp(3)"
    assert columns["t_local"]["type"] == "time" and columns["t_zone"] == "timetz"
    assert columns["flag"] == {"type": "bool", "default": "true"}
    assert columns["flags"]["type"] == "bool[]"
    assert columns["data"]["default"] == "'{}'" and columns["tags"]["default"] == "'{}'"
    assert columns["codes"]["type"] == "varchar(3)[]"
    # The typmod of the column applies to the literal whether or not the cast is written.
    assert columns["price3"]["default"] == "1.5" and columns["bits"]["default"] == "'101'"
    assert columns["stamp3"] == {"type": "timestamptz(3)",
                                 "default": "'2020-01-01 00:00:00.12345+00'"}


def test_dump_keeps_casts_that_matter(server, make_db):
    """A cast to another type than the column's stays, exactly as the catalog printed it."""
    text = _dump(make_db(server, SOURCE))
    columns, checks = _columns(text), yaml.safe_load(text)["schemas"]["public"]["tables"]["things"]["checks"]
    assert columns["as_text"]["default"].endswith("::character varying")
    assert columns["pos_int"]["default"].endswith("::public.positive")
    assert "::bigint" in checks["things_n_check"]
    assert columns["price4"]["default"].endswith("::numeric(4,1)")  # another typmod: kept


def test_checks_are_readable(server, make_db):
    """`IN (...)` where the catalog has `= ANY (ARRAY[...])` over the column's own type."""
    checks = yaml.safe_load(_dump(make_db(server, SOURCE)))["schemas"]["public"]["tables"]["things"]["checks"]
    assert checks["things_status_check"] == "status IN ('pending', 'done')"
    assert checks["things_feeling_check"] == "feeling IN ('ok', 'happy')"
    assert checks["things_Odd Name_check"] == "\"Odd Name\" IN ('q', 'r''s')"
    assert checks["pair"] == "(n > 0) AND (m > 0)"  # not one group: parentheses kept
    assert checks["things_price_check"] == "price >= (0)::numeric"  # outer parentheses dropped


def _catalog_text(url: str, sql: str) -> str:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET search_path = ''")
        return conn.execute(sql).fetchone()[0]


def test_readable_forms_of_real_catalog_text(server, make_db):
    """Golden-style: catalog text read from the server, and what the dump makes of it."""
    url = make_db(server, SOURCE)
    default = _catalog_text(url, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef d JOIN "
                            "pg_attribute a ON (a.attrelid, a.attnum) = (d.adrelid, d.adnum) "
                            "WHERE a.attname = 'status'")
    assert default == "'pending'::text"  # what the catalog holds, so the rewrite is exercised
    assert default_text(default, "text") == "'pending'"
    assert default_text(default, "character varying") == default  # another type: kept
    check = _catalog_text(url, "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                          "WHERE conname = 'things_status_check'")
    inner = check.removeprefix("CHECK (").removesuffix(")")
    assert "ANY (ARRAY" in inner
    assert check_text(inner, {"status": "text"}) == "status IN ('pending', 'done')"
    assert check_text(inner, {"status": "character varying"}) == inner.strip()[1:-1]
    assert type_text(_catalog_text(url, "SELECT format_type('timestamptz'::regtype, NULL)")) == "timestamptz"


@pytest.mark.parametrize("text", ["(a > 0) AND (b > 0)", "(a)", "a > 0"])
def test_unwrapping_keeps_meaning(text):
    """Only parentheses around the whole expression are dropped."""
    assert check_text(text, {}) in {text, "a"}


VARCHAR_IN = "CREATE TABLE v (code varchar(255) CHECK (code IN ('x', 'y')));"
VARCHAR_NOT_IN = "CREATE TABLE v (code varchar(255) CHECK (code NOT IN ('x', 'it''s')));"
# A domain over varchar stores its VALUE IN list the same way; a NOT VALID one keeps its state.
VARCHAR_DOMAIN_IN = """
CREATE DOMAIN status AS varchar(20) CHECK (VALUE IN ('new', 'done'));
CREATE DOMAIN legacy AS varchar;
CREATE TABLE uses (s status, l legacy);
INSERT INTO uses VALUES ('new', 'old');
ALTER DOMAIN legacy ADD CONSTRAINT legacy_check CHECK (VALUE NOT IN ('old', 'older')) NOT VALID;
"""
# What pg_dump writes for VARCHAR_IN's check, restored: PostgreSQL keeps that text in another form.
VARCHAR_IN_RESTORED = ("CREATE TABLE v (code varchar(255), CONSTRAINT v_code_check CHECK "
                       "(((code)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]))));")


def test_varchar_in_check_is_readable(server, make_db):
    """`IN` on varchar: the catalog's `(code)::text = ANY ((ARRAY[...])::text[])` form."""
    text = _dump(make_db(server, VARCHAR_IN))
    checks = yaml.safe_load(text)["schemas"]["public"]["tables"]["v"]["checks"]
    assert checks["v_code_check"] == "code IN ('x', 'y')"


@pytest.mark.parametrize("source_sql", [VARCHAR_IN, VARCHAR_NOT_IN, VARCHAR_DOMAIN_IN],
                         ids=["in", "not_in", "domain"])
def test_varchar_in_check_rebuilds_the_same_catalog(server, make_db, tmp_path, source_sql):
    """The same round trip as above for a varchar `IN` check: the migration writes the list, not
    the stored text, which PostgreSQL would keep in a second form (sqltree.varchar_in_list)."""
    source = make_db(server, source_sql)
    schema = tmp_path / "schema.yaml"
    schema.write_text(_dump(source))
    target = make_db(server, "")
    apply(Settings(schema=schema, database=target, project_dir=tmp_path),
          allow_destructive=True, confirm=lambda r: True)
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}


def test_a_restored_varchar_in_check_is_the_same_list(server, make_db, tmp_path):
    """A database restored from pg_dump holds the check's second form: it dumps the same, and a
    plan from the original's schema.yaml finds nothing to change."""
    schema = tmp_path / "schema.yaml"
    schema.write_text(_dump(make_db(server, VARCHAR_IN)))
    restored = make_db(server, VARCHAR_IN_RESTORED)
    assert "ARRAY[('x'::character varying)::text" in _catalog_text(
        restored, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'v_code_check'")
    assert _dump(restored) == schema.read_text()
    assert compute_plan(Settings(schema=schema, database=restored, project_dir=tmp_path)).forward.empty
