"""PARALLEL, COST, ROWS and LEAKPROOF: dumped, planned empty against their own database, applied
to an empty one to the same catalog, rolled back, changed both ways, and never silently ignored."""

from __future__ import annotations

import psycopg

from catalog import catalog_differences, catalog_fingerprint
from schemadiff.cli import main
from schemadiff.pipeline import Settings, apply, compute_plan, rollback

WITH_ATTRIBUTES = """
CREATE FUNCTION add_one(n int) RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5
  LEAKPROOF AS 'SELECT n + 1';
CREATE FUNCTION ids() RETURNS SETOF int LANGUAGE sql STABLE PARALLEL RESTRICTED ROWS 20
  AS 'SELECT 1';
CREATE FUNCTION rpc() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS 'BEGIN END';
"""
PLAIN = """
CREATE FUNCTION add_one(n int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'SELECT n + 1';
CREATE FUNCTION ids() RETURNS SETOF int LANGUAGE sql STABLE AS 'SELECT 1';
CREATE FUNCTION rpc() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS 'BEGIN END';
"""


def _dump(url: str, tmp_path, capsys):
    assert main(["dump", "-d", url]) == 0
    path = tmp_path / "schema.yaml"
    path.write_text(capsys.readouterr().out)
    return path


def test_dump_plans_empty_and_builds_the_same_catalog(server, make_db, tmp_path, capsys):
    source = make_db(server, WITH_ATTRIBUTES)
    schema = _dump(source, tmp_path, capsys)
    text = schema.read_text()
    assert "parallel: safe" in text and "cost: 5" in text and "leakproof: true" in text, text
    assert "parallel: restricted" in text and "rows: 20" in text, text
    assert main(["plan", "-s", str(schema), "-d", source, "--exit-code"]) == 0
    target = make_db(server)
    settings = Settings(schema=schema, database=target, project_dir=tmp_path)
    apply(settings, allow_destructive=False, confirm=lambda r: True)
    assert catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target)) == {}
    empty = catalog_fingerprint(make_db(server))
    assert rollback(settings, confirm=lambda e: True) is not None
    assert catalog_differences(catalog_fingerprint(target), empty) == {}


def test_changes_both_ways_reach_the_other_catalog(server, make_db, tmp_path, capsys):
    for start, goal in ((PLAIN, WITH_ATTRIBUTES), (WITH_ATTRIBUTES, PLAIN)):
        schema = _dump(make_db(server, goal), tmp_path, capsys)
        url = make_db(server, start)
        before = catalog_fingerprint(url)
        settings = Settings(schema=schema, database=url, project_dir=tmp_path)
        result = compute_plan(settings)
        assert "DROP FUNCTION" not in result.migration_sql(), result.migration_sql()
        apply(settings, allow_destructive=False, confirm=lambda r: True)
        assert catalog_differences(catalog_fingerprint(url), catalog_fingerprint(make_db(server, goal))) == {}
        assert rollback(settings, confirm=lambda e: True) is not None
        assert catalog_differences(catalog_fingerprint(url), before) == {}


def test_a_change_behind_its_back_is_seen(server, make_db, tmp_path, capsys):
    url = make_db(server, WITH_ATTRIBUTES)
    schema = _dump(url, tmp_path, capsys)
    for sql in ("ALTER FUNCTION add_one(int) PARALLEL UNSAFE", "ALTER FUNCTION add_one(int) COST 7",
                "ALTER FUNCTION add_one(int) NOT LEAKPROOF", "ALTER FUNCTION ids() ROWS 30",
                "ALTER FUNCTION rpc() RESET search_path"):
        changed = make_db(server, WITH_ATTRIBUTES + sql)
        assert main(["plan", "-s", str(schema), "-d", changed, "--exit-code"]) == 2, sql
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER FUNCTION add_one(int) PARALLEL RESTRICTED")
    assert main(["plan", "-s", str(schema), "-d", url, "--exit-code"]) == 2


def test_attribute_changes_are_one_alter_function(server, make_db, tmp_path, capsys):
    schema = _dump(make_db(server, WITH_ATTRIBUTES), tmp_path, capsys)
    settings = Settings(schema=schema, database=make_db(server, PLAIN), project_dir=tmp_path)
    sql = compute_plan(settings).migration_sql()
    assert "CREATE OR REPLACE" not in sql, sql
    assert 'ALTER FUNCTION "public"."add_one"(integer) LEAKPROOF PARALLEL SAFE COST 5' in sql, sql
    assert 'ALTER FUNCTION "public"."ids"() PARALLEL RESTRICTED ROWS 20' in sql, sql
    assert "ALTER FUNCTION \"public\".\"rpc\"() SET \"search_path\" TO 'public', 'pg_temp'" in sql, sql
