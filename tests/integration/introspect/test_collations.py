"""Collations as a kind: dump -> plan empty, apply reaches the catalog the SQL would give,
rollback, and a change behind schemadiff's back is seen (plan --exit-code exits 2)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from catalog import catalog_differences, catalog_fingerprint
from schemadiff.cli import main
from schemadiff.pipeline import Settings, apply, compute_plan, dump, rollback

LIBC = """
CREATE SCHEMA app;
CREATE COLLATION app.bytes (provider = libc, locale = 'C');
CREATE COLLATION split (lc_collate = 'C', lc_ctype = 'POSIX');
COMMENT ON COLLATION split IS 'sorts by bytes';
CREATE TABLE app.words (id integer PRIMARY KEY, word text COLLATE app.bytes, tag text COLLATE split);
"""
ICU = """
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE app.names (id integer PRIMARY KEY, name text COLLATE ci);
"""


def _has_icu(url: str) -> bool:
    """Whether the server was built with ICU (the embedded one is not; PostgreSQL 15 here is)."""
    with psycopg.connect(url) as conn:
        try:
            conn.execute("CREATE COLLATION pg_temp.probe (provider = icu, locale = 'und')")
        except psycopg.errors.FeatureNotSupported:
            return False
        conn.rollback()
        return True


@pytest.fixture
def source(server, make_db) -> str:
    """A database with libc collations, and ICU ones when the server was built with ICU."""
    url = make_db(server, "")
    sql = LIBC + (ICU if _has_icu(url) else "")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET search_path = public")
        conn.execute(sql)
    return url


def _settings(schema: Path, url: str, tmp_path: Path) -> Settings:
    return Settings(schema=schema, database=url, project_dir=tmp_path)


def test_dump_plans_nothing_and_builds_the_same_catalog(source, server, make_db, tmp_path):
    schema = tmp_path / "schema.yaml"
    schema.write_text(dump(_settings(tmp_path / "none.yaml", source, tmp_path)))
    text = schema.read_text()
    assert "collations:" in text and "bytes" in text, text
    assert compute_plan(_settings(schema, source, tmp_path)).forward.empty

    empty = make_db(server, "")
    settings = _settings(schema, empty, tmp_path)
    result = compute_plan(settings)
    assert "CREATE COLLATION" in result.migration_sql()
    apply(settings, allow_destructive=False, confirm=lambda r: True)
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(empty)) == {}
    assert compute_plan(settings).forward.empty

    assert rollback(settings, confirm=lambda e: True) is not None
    after = catalog_fingerprint(empty)
    assert after["collations"] == [] and catalog_fingerprint(make_db(server, ""))["collations"] == []


def test_a_collation_changed_behind_our_back_is_seen(source, tmp_path, capsys):
    schema = tmp_path / "schema.yaml"
    schema.write_text(dump(_settings(tmp_path / "none.yaml", source, tmp_path)))
    assert main(["plan", "-s", str(schema), "-d", source, "--exit-code"]) == 0
    with psycopg.connect(source, autocommit=True) as conn:  # an unused one, replaced by hand
        conn.execute("CREATE COLLATION public.spare (locale = 'C')")
    schema.write_text(dump(_settings(tmp_path / "none.yaml", source, tmp_path)))
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("DROP COLLATION public.spare")
        conn.execute("CREATE COLLATION public.spare (lc_collate = 'C', lc_ctype = 'POSIX')")
    assert main(["plan", "-s", str(schema), "-d", source, "--exit-code"]) == 2
    out = capsys.readouterr().out
    assert "collation public.spare" in out, out


def test_replacing_a_collation_a_column_uses_is_refused_in_the_rehearsal(source, tmp_path, capsys):
    """Known limit: the plan does not re-point columns, so the scratch rehearsal refuses it
    (exit 1, one line) before the real database is touched."""
    schema = tmp_path / "schema.yaml"
    schema.write_text(dump(_settings(tmp_path / "none.yaml", source, tmp_path)))
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("ALTER TABLE app.words ALTER COLUMN tag TYPE text COLLATE \"C\"")
        conn.execute("DROP COLLATION public.split")
        conn.execute("CREATE COLLATION public.split (lc_collate = 'POSIX', lc_ctype = 'POSIX')")
        conn.execute("ALTER TABLE app.words ALTER COLUMN tag TYPE text COLLATE public.split")
    assert main(["plan", "-s", str(schema), "-d", source, "--exit-code"]) == 1
    assert "cannot drop collation split" in capsys.readouterr().err
