"""schemadiff diff --from URL --to URL: the plan between two live databases, proven both ways."""

from __future__ import annotations

import json
import shutil
import subprocess

import psycopg

from catalog import catalog_differences, catalog_fingerprint
from schemadiff.cli import main

BEFORE = """
CREATE TYPE status AS ENUM ('new', 'paid');
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, total numeric(12,2));
INSERT INTO customers VALUES (1, 'a@example.com');
INSERT INTO orders VALUES (1, 1, 10);
"""
AFTER = """
CREATE TYPE status AS ENUM ('new', 'paid', 'refunded');
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, total numeric(14,2),
                     status status NOT NULL DEFAULT 'new', CHECK (total >= 0));
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE VIEW order_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
"""


PSQL = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"


def _psql(url: str, path) -> None:
    """Run a plan file the way its header says: with psql, stopping at the first error."""
    subprocess.run([PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(path)],
                   check=True, capture_output=True, text=True)


def test_diff_plans_from_one_database_to_the_other_and_back(server, make_db, tmp_path, capsys):
    source, target = make_db(server, BEFORE), make_db(server, AFTER)
    before = catalog_fingerprint(source)
    differs = catalog_differences(before, catalog_fingerprint(target))
    assert {"columns", "constraints", "indexes", "relations", "types"} <= differs.keys()
    assert main(["diff", "--from", source, "--to", target, "--exit-code", "--out", str(tmp_path)]) == 2
    printed = capsys.readouterr().out
    assert "orders" in printed and "pg_cron jobs are not compared" in printed
    assert json.loads((tmp_path / "plan.json").read_text())["steps"]

    _psql(source, tmp_path / "migration.sql")
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}
    assert main(["diff", "--from", source, "--to", target, "--exit-code"]) == 0
    with psycopg.connect(source) as conn:  # the rows came through
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1

    _psql(source, tmp_path / "rollback.sql")
    assert catalog_differences(catalog_fingerprint(source), before) == {}


def test_a_schema_reached_through_diff_is_the_one_apply_reaches(server, make_db, tmp_path):
    """The same target by the schema.yaml route: dump it, apply it, compare catalogs."""
    source, target = make_db(server, BEFORE), make_db(server, AFTER)
    assert main(["apply", "-d", source, "--yes", "-s", str(_dump(target, tmp_path))]) == 0
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}


def test_diff_of_a_database_with_itself_is_empty(server, make_db, capsys):
    url = make_db(server, AFTER)
    assert main(["diff", "--from", url, "--to", url, "--exit-code"]) == 0


def test_diff_names_an_unreachable_side_without_its_password(server, make_db, capsys):
    url = make_db(server, BEFORE)
    bad = "postgresql://app:s3cret-pw@127.0.0.1:1/nowhere"
    assert main(["diff", "--from", url, "--to", bad]) == 1
    captured = capsys.readouterr()
    assert "s3cret-pw" not in captured.out + captured.err
    assert "cannot connect" in captured.err


def _dump(url: str, tmp_path):
    out = tmp_path / "target.yaml"
    assert main(["dump", "-d", url, "--out", str(out)]) == 0
    return out
