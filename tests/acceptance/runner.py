"""One runner for every acceptance case folder (cases/<family>/<case>/).

A case holds: before.sql (the starting database; may be absent = empty), schema.yaml (the desired
state), expected/migration.sql and expected/rollback.sql (goldens; a `.pg15.sql` twin wins on
PostgreSQL 15 when deparsing differs), and optionally case.yaml:

    allow_destructive: true        # the plan deletes data on purpose
    seed: "INSERT ..."             # rows loaded after before.sql
    rows: {public.t: 3}            # row counts after apply (data must survive)
    rows_after_rollback: {...}     # row counts after the rollback
    error: "regex"                 # planning must fail with this message (nothing else is run)
    min_version: 150000            # skip on older servers, with the reason
    max_version: 169999            # skip on newer servers (a refusal only older ones need)
    requires_extensions: [vector]  # skip on servers that cannot install these, with the reason
    hazards: [table_rewrite]       # hazard codes the plan must contain
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
import yaml

from schemadiff.errors import SchemaDiffError
from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan, rollback
from schemadiff.plan import make_plan

CASES_DIR = Path(__file__).parent / "cases"


@dataclass
class Case:
    path: Path
    meta: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    def text(self, name: str) -> str:
        p = self.path / name
        return p.read_text() if p.exists() else ""


def discover() -> list[Case]:
    out = []
    for folder in sorted(CASES_DIR.glob("*/*")):
        if (folder / "schema.yaml").exists():
            meta_text = (folder / "case.yaml").read_text() if (folder / "case.yaml").exists() else ""
            out.append(Case(folder, yaml.safe_load(meta_text) or {}))
    return out


def golden(case: Case, name: str, major: int) -> Path:
    """expected/<name>.sql, or expected/<name>.pg<major>.sql when that exists."""
    specific = case.path / "expected" / f"{name}.pg{major}.sql"
    return specific if specific.exists() else case.path / "expected" / f"{name}.sql"


def check_golden(case: Case, name: str, actual: str, major: int, update: bool) -> None:
    path = golden(case, name, major)
    if update:
        _update(case, name, actual, major)
        return
    assert path.exists(), f"{case.id}: missing golden {path.name} (run pytest --update-expected and review it)"
    assert actual == path.read_text(), f"{case.id}: {name} differs from {path.relative_to(case.path)}"


PRIMARY_MAJOR = 18  # the embedded server writes the generic goldens; others only their differences


def _update(case: Case, name: str, actual: str, major: int) -> None:
    folder = case.path / "expected"
    folder.mkdir(exist_ok=True)
    generic, specific = folder / f"{name}.sql", folder / f"{name}.pg{major}.sql"
    if major == PRIMARY_MAJOR:
        generic.write_text(actual)
    elif generic.exists() and generic.read_text() == actual:
        specific.unlink(missing_ok=True)
    else:
        specific.write_text(actual)


def row_counts(url: str, wanted: dict) -> dict:
    out = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for table in wanted:
            schema, _, name = table.rpartition(".")
            q = psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(schema or "public", name))
            out[table] = conn.execute(q).fetchone()[0]
    return out


def error_matches(pattern: str, message: str) -> bool:
    return re.search(pattern, message) is not None


# --- one case, end to end (test_cases.py on the test servers, test_containers.py on images) ---

def _model(url: str):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


def run_case(case: Case, server, make_db, tmp_path, update_expected: bool) -> None:
    """One case on one server (test_containers.py runs the same on PostgreSQL images)."""
    url = make_db(server, case.text("before.sql") + "\n" + case.meta.get("seed", ""))
    with psycopg.connect(url) as conn:
        version = conn.info.server_version
        available = {r[0] for r in conn.execute("SELECT name FROM pg_available_extensions")}
    missing = set(case.meta.get("requires_extensions", [])) - available
    if missing:
        pytest.skip(f"{server.name} has no extension {', '.join(sorted(missing))} to install")
    if version < case.meta.get("min_version", 0):
        pytest.skip(f"needs server_version_num >= {case.meta['min_version']}")
    if version > case.meta.get("max_version", version):
        pytest.skip(f"needs server_version_num <= {case.meta['max_version']}")
    settings = Settings(schema=case.path / "schema.yaml", database=url, project_dir=tmp_path)
    if "error" in case.meta:
        with pytest.raises(SchemaDiffError) as info:
            compute_plan(settings)
        assert error_matches(case.meta["error"], info.value.render()), info.value.render()
        return
    major = version // 10000
    checked = []

    def check_plan(result) -> bool:
        """The goldens and hazards, on the very plan apply is about to run: apply plans (and
        proves) itself, so a separate compute_plan before it would repeat all of that."""
        check_golden(case, "migration", result.migration_sql(), major, update_expected)
        check_golden(case, "rollback", result.rollback_sql(), major, update_expected)
        codes = {str(code) for _, code, _ in result.forward.hazards()}
        assert set(case.meta.get("hazards", [])) <= codes, codes
        checked.append(result)
        return True

    result = apply(settings, allow_destructive=case.meta.get("allow_destructive", False), confirm=check_plan)
    if not checked:  # an empty plan: apply runs nothing and asks nothing
        assert result.forward.empty
        check_plan(result)
    assert compute_plan(settings).forward.empty, "planning again after apply is not empty"
    if "rows" in case.meta:
        assert row_counts(url, case.meta["rows"]) == case.meta["rows"]

    if not result.forward.empty:
        assert rollback(settings, confirm=lambda e: True) is not None
    # where the rollback must return: the target as apply's own plan read it before any step
    back = make_plan(_model(url), result.current)
    assert back.empty, f"rollback left: {[op.describe() for op in back.ops]}"
    if "rows_after_rollback" in case.meta:
        assert row_counts(url, case.meta["rows_after_rollback"]) == case.meta["rows_after_rollback"]
