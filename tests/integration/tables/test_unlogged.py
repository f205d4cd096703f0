"""UNLOGGED tables: dumped, planned empty against themselves, rebuilt identically, and drift seen."""

from __future__ import annotations

import psycopg

from schemadiff.cli import main
from catalog import catalog_differences, catalog_fingerprint

SQL = ("CREATE UNLOGGED TABLE sessions (id bigint PRIMARY KEY, payload text);"
       " CREATE TABLE events (id bigint PRIMARY KEY);")


def test_dump_plans_empty_and_rebuilds_the_same_catalog(server, make_db, tmp_path):
    source = make_db(server, SQL)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", source, "--out", str(out)]) == 0
    assert "unlogged: true" in out.read_text()
    assert main(["plan", "-s", str(out), "-d", source, "--exit-code"]) == 0
    target = make_db(server, "")
    assert main(["apply", "-s", str(out), "-d", target, "--yes"]) == 0
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}


def test_set_logged_behind_schemadiffs_back_is_a_difference(server, make_db, tmp_path):
    url = make_db(server, SQL)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", url, "--out", str(out)]) == 0
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE sessions SET LOGGED")
        conn.execute("ALTER TABLE events SET UNLOGGED")
    assert main(["plan", "-s", str(out), "-d", url, "--exit-code"]) == 2
