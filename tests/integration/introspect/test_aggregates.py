"""Aggregates as a kind: dump -> plan empty, apply builds the catalog the SQL would, rollback,
and a change behind schemadiff's back is seen (plan --exit-code exits 2)."""

from __future__ import annotations

from pathlib import Path

import psycopg

from catalog import catalog_fingerprint
from schemadiff.cli import main
from schemadiff.pipeline import Settings, apply, compute_plan, dump, rollback

SOURCE = """
CREATE SCHEMA app;
CREATE FUNCTION app.add_sq(state bigint, x integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS 'SELECT state + x * x';
CREATE FUNCTION app.halve(state bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT state / 2.0';
CREATE AGGREGATE app.sum_sq(integer) (SFUNC = app.add_sq, STYPE = bigint, INITCOND = '0',
    COMBINEFUNC = int8pl, PARALLEL = SAFE);
CREATE AGGREGATE app.half_sum_sq(integer) (SFUNC = app.add_sq, STYPE = bigint,
    FINALFUNC = app.halve, INITCOND = '0');
CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
COMMENT ON AGGREGATE total(integer) IS 'a plain sum';
CREATE VIEW app.squares AS SELECT app.sum_sq(g) AS s FROM generate_series(1, 3) g;
"""

AGGREGATES = """SELECT n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes),
       a.aggtransfn::text, a.aggtranstype::regtype::text, a.aggfinalfn::text, a.aggcombinefn::text,
       a.agginitval, p.proparallel, obj_description(p.oid, 'pg_proc')
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname IN ('public', 'app') ORDER BY 1, 2"""


def _aggregates(url: str) -> list[tuple]:
    """Read straight from pg_aggregate: tests/catalog.py's fingerprint has no aggregate options."""
    with psycopg.connect(url) as conn:
        return conn.execute(AGGREGATES).fetchall()


def _settings(schema: Path, url: str, tmp_path: Path) -> Settings:
    return Settings(schema=schema, database=url, project_dir=tmp_path)


def test_dump_plans_nothing_and_builds_the_same_catalog(server, make_db, tmp_path):
    source = make_db(server, SOURCE)
    schema = tmp_path / "schema.yaml"
    schema.write_text(dump(_settings(tmp_path / "none.yaml", source, tmp_path)))
    assert "aggregates:" in schema.read_text() and "sum_sq(integer)" in schema.read_text()
    assert compute_plan(_settings(schema, source, tmp_path)).forward.empty

    empty = make_db(server, "")
    settings = _settings(schema, empty, tmp_path)
    assert "CREATE AGGREGATE" in compute_plan(settings).migration_sql()
    apply(settings, allow_destructive=False, confirm=lambda r: True)
    assert _aggregates(empty) == _aggregates(source) and len(_aggregates(source)) == 3
    assert catalog_fingerprint(empty) == catalog_fingerprint(source)
    assert compute_plan(settings).forward.empty

    assert rollback(settings, confirm=lambda e: True) is not None
    assert _aggregates(empty) == []


def test_an_aggregate_changed_behind_our_back_is_seen(server, make_db, tmp_path, capsys):
    source = make_db(server, SOURCE)
    schema = tmp_path / "schema.yaml"
    schema.write_text(dump(_settings(tmp_path / "none.yaml", source, tmp_path)))
    assert main(["plan", "-s", str(schema), "-d", source, "--exit-code"]) == 0
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("DROP AGGREGATE public.total(integer)")
        conn.execute("CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0')")
    assert main(["plan", "-s", str(schema), "-d", source, "--exit-code"]) == 2
    assert "aggregate public.total(integer)" in capsys.readouterr().out
