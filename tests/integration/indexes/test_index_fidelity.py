"""Index definitions round-trip: every part dumped, planned empty against itself, rebuilt to the
same catalog (compared by tests/catalog.py's fingerprint, not the model), and drift behind
schemadiff's back in any part is a difference."""

from __future__ import annotations

import psycopg
import pytest

from catalog import catalog_differences, catalog_fingerprint
from schemadiff.cli import main

SQL = """
    CREATE EXTENSION pg_trgm;
    CREATE TABLE docs (id int PRIMARY KEY, title text, body jsonb, at timestamptz, n int, "Code" text);
    CREATE INDEX docs_title_c ON docs (title COLLATE "C" text_pattern_ops DESC NULLS LAST, lower("Code"))
        INCLUDE (n) WITH (fillfactor = 70, deduplicate_items = false) WHERE n > 0;
    CREATE INDEX docs_body ON docs USING gin (body jsonb_path_ops) WITH (fastupdate = false);
    CREATE INDEX docs_at ON docs USING brin (at) WITH (pages_per_range = 16, autosummarize = true);
    CREATE INDEX docs_trgm ON docs USING gist (title gist_trgm_ops (siglen = 32)) WITH (buffering = off);
    CREATE UNIQUE INDEX docs_n ON docs USING btree ((n + 1), "Code" NULLS FIRST);
    CREATE INDEX docs_hash ON docs USING hash (title);
"""
BLOOM = "CREATE EXTENSION bloom; CREATE INDEX docs_bloom ON docs USING bloom (n, id) WITH (length = 64);"


def _with_bloom(server, make_db) -> str:
    with psycopg.connect(make_db(server, ""), autocommit=True) as conn:
        has = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'bloom'").fetchone()
    return SQL + (BLOOM if has else "")


def test_dump_plans_empty_and_rebuilds_the_same_catalog(server, make_db, tmp_path):
    sql = _with_bloom(server, make_db)
    source = make_db(server, sql)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", source, "--out", str(out)]) == 0
    text = out.read_text()
    assert "deduplicate_items: false" in text and "method: brin" in text
    assert 'title COLLATE "C" text_pattern_ops DESC NULLS LAST' in text
    assert main(["plan", "-s", str(out), "-d", source, "--exit-code"]) == 0
    target = make_db(server, "")
    assert main(["apply", "-s", str(out), "-d", target, "--yes"]) == 0
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}


@pytest.mark.parametrize("drift", [
    "ALTER INDEX docs_body SET (fastupdate = true)",
    "ALTER INDEX docs_title_c RESET (fillfactor)",
    "DROP INDEX docs_trgm; CREATE INDEX docs_trgm ON docs USING gist (title gist_trgm_ops (siglen = 64))"
    " WITH (buffering = off)",
    "DROP INDEX docs_title_c; CREATE INDEX docs_title_c ON docs (title text_pattern_ops DESC NULLS LAST,"
    " lower(\"Code\")) INCLUDE (n) WITH (fillfactor = 70, deduplicate_items = false) WHERE n > 0",
    "DROP INDEX docs_hash; CREATE INDEX docs_hash ON docs USING btree (title)",
], ids=["parameter", "reset parameter", "opclass option", "collation", "method"])
def test_drift_in_any_part_is_a_difference(server, make_db, tmp_path, drift):
    url = make_db(server, SQL)
    out = tmp_path / "schema.yaml"
    assert main(["dump", "-d", url, "--out", str(out)]) == 0
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(drift)
    assert main(["plan", "-s", str(out), "-d", url, "--exit-code"]) == 2
