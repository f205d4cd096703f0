"""Issue 8 item 3: the scratch build and the plan load any valid schema in an order PostgreSQL
accepts. Each case is a database built by hand: dumped, applied to an empty database (the catalogs
must then be identical), and, where it is a change, planned from a "before" database to it."""

from __future__ import annotations

import pytest

from schemadiff.cli import main
from catalog import catalog_differences, catalog_fingerprint

REBUILT = {
    "extension in a schema the same file creates": """
        CREATE SCHEMA ext; CREATE EXTENSION citext SCHEMA ext;
        CREATE TABLE users (id bigint PRIMARY KEY, email ext.citext NOT NULL);""",
    "function taking a table's row type": """
        CREATE TABLE activity (id bigint PRIMARY KEY, kind text NOT NULL);
        CREATE FUNCTION describe(a public.activity) RETURNS text LANGUAGE sql
            AS $$ SELECT a.kind || ':' || a.id $$;""",
    "function returning a view's rows": """
        CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
        CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
        CREATE FUNCTION top_orders() RETURNS SETOF big_orders LANGUAGE sql STABLE
            AS $$ SELECT * FROM big_orders ORDER BY total DESC LIMIT 10 $$;""",
    "sql-standard body reading a table": """
        CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL);
        CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql STABLE
            BEGIN ATOMIC SELECT count(*) FROM items; END;""",
}


@pytest.mark.parametrize("case", sorted(REBUILT))
def test_dump_rebuilds_the_same_catalog(case, server, make_db, tmp_path):
    source = make_db(server, REBUILT[case])
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", source, "--out", str(out)]) == 0
    assert main(["plan", "-s", str(out), "-d", source, "--exit-code"]) == 0
    target = make_db(server, "")
    assert main(["apply", "-s", str(out), "-d", target, "--yes"]) == 0
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}


CHANGES = {
    "view replaced by a table of the same name": (
        "CREATE TABLE t (id int); CREATE VIEW v AS SELECT id FROM t;",
        "CREATE TABLE t (id int); CREATE TABLE v (id int);"),
    "table replaced by a view of the same name": (
        "CREATE TABLE t (id int); CREATE TABLE v (id int);",
        "CREATE TABLE t (id int); CREATE VIEW v AS SELECT id FROM t;"),
    "unique key made the primary key under a foreign key": (
        "CREATE TABLE a (id int NOT NULL, CONSTRAINT a_id_key UNIQUE (id));"
        " CREATE TABLE b (a_id int REFERENCES a (id));",
        "CREATE TABLE a (id int NOT NULL, CONSTRAINT a_pkey PRIMARY KEY (id));"
        " CREATE TABLE b (a_id int REFERENCES a (id));"),
    "enum value removed under a partial index and a check": (
        "CREATE TYPE status AS ENUM ('new', 'old', 'paid');"
        " CREATE TABLE t (s status, CONSTRAINT t_s_check CHECK (s <> 'paid'));"
        " CREATE INDEX t_new ON t (s) WHERE s = 'new';",
        "CREATE TYPE status AS ENUM ('new', 'paid');"
        " CREATE TABLE t (s status, CONSTRAINT t_s_check CHECK (s <> 'paid'));"
        " CREATE INDEX t_new ON t (s) WHERE s = 'new';"),
    "enum column changed to another enum": (
        "CREATE TYPE old_status AS ENUM ('a', 'b'); CREATE TYPE new_status AS ENUM ('a', 'b', 'c');"
        " CREATE TABLE t (s old_status);",
        "CREATE TYPE old_status AS ENUM ('a', 'b'); CREATE TYPE new_status AS ENUM ('a', 'b', 'c');"
        " CREATE TABLE t (s new_status);"),
}


@pytest.mark.parametrize("case", sorted(CHANGES))
def test_change_applies_and_reaches_the_target(case, server, make_db, tmp_path):
    before, after = CHANGES[case]
    wanted = make_db(server, after)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", wanted, "--out", str(out)]) == 0
    url = make_db(server, before)
    assert main(["apply", "-s", str(out), "-d", url, "--yes", "--allow-destructive"]) == 0
    assert catalog_differences(catalog_fingerprint(wanted), catalog_fingerprint(url)) == {}


def _applied(url: str, path, text: str) -> int:
    path.write_text(text)
    return main(["apply", "-s", str(path), "-d", url, "--yes"])


USING_BEFORE = "CREATE TABLE t (id int PRIMARY KEY, amount text); INSERT INTO t VALUES (1, '12.50'), (2, '3');"
USING_AFTER = """
schemas:
  public:
    tables:
      t:
        columns:
          id: {{type: integer, not_null: true}}
          amount: {{type: integer{using}}}
        primary_key: [id]
"""


def test_using_converts_the_existing_values(server, make_db, tmp_path):
    url = make_db(server, USING_BEFORE)
    # text -> integer: the default cast rejects '12.50'; the declared conversion rounds it.
    assert _applied(url, tmp_path / "plain.yaml", USING_AFTER.format(using="")) == 1
    using = ", using: \"round(amount::numeric)::integer\""
    assert _applied(url, tmp_path / "schema.yaml", USING_AFTER.format(using=using)) == 0
    import psycopg
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT id, amount FROM t ORDER BY id").fetchall()
        kind = conn.execute("SELECT atttypid::regtype::text FROM pg_attribute "
                            "WHERE attrelid = 't'::regclass AND attname = 'amount'").fetchone()[0]
    assert rows == [(1, 13), (2, 3)] and kind == "integer"


def test_using_must_be_one_expression(server, make_db, tmp_path, capsys):
    url = make_db(server, USING_BEFORE)
    using = ", using: \"1; DROP TABLE t\""
    assert _applied(url, tmp_path / "schema.yaml", USING_AFTER.format(using=using)) == 1
    err = capsys.readouterr().err
    assert "schema.yaml" in err and "using" in err and "Traceback" not in err


def test_a_type_change_without_a_cast_asks_for_using(server, make_db, tmp_path, capsys):
    url = make_db(server, "CREATE TABLE t (id int PRIMARY KEY, amount integer);")
    text = USING_AFTER.replace("integer{using}", "uuid{using}")
    assert _applied(url, tmp_path / "schema.yaml", text.format(using="")) == 1
    err = capsys.readouterr().err
    assert "cannot cast type integer to uuid" in err and "using:" in err and "Traceback" not in err
