"""Every acceptance case, on every server: plan as expected, apply reaches the desired state,
planning again is empty, the rollback returns the starting state (rows where the case says)."""

from __future__ import annotations

import psycopg
import pytest

from runner import Case, check_golden, discover, error_matches, row_counts
from schemadiff.errors import SchemaDiffError
from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan, rollback
from schemadiff.plan import make_plan

CASES = discover()


def _model(url: str):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, server, make_db, tmp_path, update_expected):
    url = make_db(server, case.text("before.sql") + "\n" + case.meta.get("seed", ""))
    with psycopg.connect(url) as conn:
        version = conn.info.server_version
        available = {r[0] for r in conn.execute("SELECT name FROM pg_available_extensions")}
    missing = set(case.meta.get("requires_extensions", [])) - available
    if missing:
        pytest.skip(f"{server.name} has no extension {', '.join(sorted(missing))} to install")
    if version < case.meta.get("min_version", 0):
        pytest.skip(f"needs server_version_num >= {case.meta['min_version']}")
    settings = Settings(schema=case.path / "schema.yaml", database=url, project_dir=tmp_path)
    if "error" in case.meta:
        with pytest.raises(SchemaDiffError) as info:
            compute_plan(settings)
        assert error_matches(case.meta["error"], info.value.render()), info.value.render()
        return
    start = _model(url)
    result = compute_plan(settings)
    major = version // 10000
    check_golden(case, "migration", result.migration_sql(), major, update_expected)
    check_golden(case, "rollback", result.rollback_sql(), major, update_expected)
    codes = {str(code) for _, code, _ in result.forward.hazards()}
    assert set(case.meta.get("hazards", [])) <= codes, codes

    apply(settings, allow_destructive=case.meta.get("allow_destructive", False), confirm=lambda r: True)
    assert compute_plan(settings).forward.empty, "planning again after apply is not empty"
    if "rows" in case.meta:
        assert row_counts(url, case.meta["rows"]) == case.meta["rows"]

    if not result.forward.empty:
        assert rollback(settings, confirm=lambda e: True) is not None
    back = make_plan(_model(url), start)
    assert back.empty, f"rollback left: {[op.describe() for op in back.ops]}"
    if "rows_after_rollback" in case.meta:
        assert row_counts(url, case.meta["rows_after_rollback"]) == case.meta["rows_after_rollback"]
