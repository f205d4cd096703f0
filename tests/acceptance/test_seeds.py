"""The shipped schema.yaml against the seeds' documents: from nothing, and from their "before"
state with rows, without losing a row, and back again."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan, rollback
from schemadiff.plan import make_plan

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).parent / "seeds"


def _model(url):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


def _counts(url) -> dict:
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")]
        return {t: conn.execute(psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(t))
                                ).fetchone()[0] for t in tables}


def _yes(_):
    return True


def test_from_nothing_and_back(server, make_db, tmp_path):
    url = make_db(server, "")
    settings = Settings(schema=ROOT / "schema.yaml", database=url, project_dir=tmp_path)
    result = apply(settings, allow_destructive=False, confirm=_yes)
    assert result.forward.summary()["create"] > 100
    assert compute_plan(settings).forward.empty
    rollback(settings, confirm=_yes)
    assert make_plan(_model(url), _model(make_db(server, ""))).empty


def test_from_the_documents_before_state_without_losing_a_row(server, make_db, tmp_path):
    url = make_db(server, (SEEDS / "before.sql").read_text() + "\n" + (SEEDS / "seed_rows.sql").read_text())
    start, rows_before = _model(url), _counts(url)
    settings = Settings(schema=ROOT / "schema.yaml", database=url, project_dir=tmp_path)
    plan = compute_plan(settings)
    assert not plan.forward.destructive, [m for _, c, m in plan.forward.hazards() if c == "deletes_data"]
    apply(settings, allow_destructive=False, confirm=_yes)
    assert compute_plan(settings).forward.empty
    after = _counts(url)
    renamed = {t.renamed_from: t.name for t in _spec_tables() if t.renamed_from}
    for table, n in rows_before.items():
        assert after[renamed.get(table, table)] == n, table
    rollback(settings, confirm=_yes)
    assert make_plan(_model(url), start).empty
    assert _counts(url) == rows_before


def _spec_tables():
    from schemadiff import spec

    return spec.to_model(spec.load_spec(ROOT / "schema.yaml")).tables()
