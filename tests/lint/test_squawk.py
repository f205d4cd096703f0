"""squawk, an independent migration linter, over the migration.sql schemadiff generates.

One "before" database per server, built by schemadiff from squawk_cases.BASE and filled with
rows; each case adds one standard change to BASE and only plans (plan never changes the target),
so every case reuses the database. squawk lints DIR/migration.sql for the server's major version;
every finding must be a rule in DELIBERATE, each with the reason schemadiff does it anyway (and,
for some, where only), or the test fails naming the case, the rule and the statement: a finding
that is a real problem is fixed in the generated SQL instead. README "Safety" mirrors DELIBERATE.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import yaml

from schemadiff.cli import main
from squawk_cases import BASE, CASES, ROWS


@dataclass(frozen=True)
class Deliberate:
    """Why schemadiff emits what a squawk rule flags; `where` narrows it to the statements meant."""

    reason: str
    where: Callable[[str, str], bool] = lambda statement, migration: True


def _marked(code: str) -> Callable[[str, str], bool]:
    """Accepted only when the plan carries this hazard, so the reader was told."""
    return lambda statement, migration: f"-- hazard [{code}]" in migration


def _on_view_created_here(statement: str, migration: str) -> bool:
    """A plain index on a materialized view this same migration creates."""
    target = re.search(r" ON (\S+) USING ", statement)
    return bool(target) and f"CREATE MATERIALIZED VIEW {target.group(1)} " in migration


YOURS = ("the column type is the one schema.yaml declares: schemadiff renders the user's choice "
         "and never picks a type")
DECLARED = ("the change is the one schema.yaml declares (a drop or a declared rename); schemadiff "
            "does it in one transaction under lock_timeout, a drop that loses data needs "
            "--allow-destructive and is marked deletes_data, and rollback.sql undoes it")

DELIBERATE: dict[str, Deliberate] = {
    "prefer-robust-stmts": Deliberate(
        "CREATE/DROP INDEX CONCURRENTLY run outside a transaction without IF [NOT] EXISTS on "
        "purpose: IF NOT EXISTS accepts the INVALID index an interrupted build leaves (a unique one "
        "then enforces nothing); the next apply reads indisvalid, drops and rebuilds it, and a file "
        "re-run by hand fails on the leftover instead of skipping it. IF EXISTS on a drop would hide "
        "a database that is not the one the plan was made from (apply refuses it by fingerprint)"),
    "prefer-bigint-over-int": Deliberate(YOURS),
    "prefer-bigint-over-smallint": Deliberate(YOURS),
    "prefer-text-field": Deliberate(
        YOURS + "; widening varchar(n) changes only the catalog (no rewrite), under a short "
        "ACCESS EXCLUSIVE bounded by lock_timeout"),
    "prefer-timestamp-tz": Deliberate(YOURS),
    "prefer-identity": Deliberate(YOURS),
    "ban-char-field": Deliberate(YOURS),
    "adding-field-with-default": Deliberate(
        "only for a volatile default (gen_random_uuid(), a serial's nextval) or a stored generated "
        "column, which PostgreSQL must compute for every row: a rewrite under ACCESS EXCLUSIVE, "
        "marked table_rewrite in the plan. The online form (add it nullable, set the default, "
        "backfill in batches, then NOT NULL) is a data migration schemadiff does not write for you. "
        "Constant defaults are not flagged: no rewrite since PostgreSQL 11",
        _marked("table_rewrite")),
    "adding-required-field": Deliberate(
        "a NOT NULL column without a default can only be added to an empty table; on a table with "
        "rows PostgreSQL refuses it and the migration's transaction rolls back with nothing changed. "
        "Declare a default (a constant one adds the column without a rewrite)"),
    "changing-column-type": Deliberate(
        "the type (or collation) schema.yaml declares: one that rewrites the table (int to bigint, "
        "text to varchar(n), a collation, an enum rebuilt without a value) is marked table_rewrite "
        "and followed by ANALYZE; one that does not (varchar widening, numeric precision) takes a "
        "short ACCESS EXCLUSIVE bounded by lock_timeout. PostgreSQL has no online type change"),
    "constraint-missing-not-valid": Deliberate(
        "only for an EXCLUDE constraint: PostgreSQL has no NOT VALID and no USING INDEX for them, so "
        "adding one scans the table under lock, marked locks_table. Foreign keys and checks are "
        "added NOT VALID and validated after, and are not flagged",
        lambda statement, migration: " EXCLUDE " in statement and _marked("locks_table")(statement, migration)),
    "require-concurrent-index-creation": Deliberate(
        "only for an index on a materialized view the same transaction creates (new or rebuilt "
        "WITH DATA): no other session can see the view before COMMIT. An index added to a kept "
        "materialized view is built CONCURRENTLY, like one on an existing table",
        _on_view_created_here),
    "ban-drop-column": Deliberate(DECLARED),
    "ban-drop-table": Deliberate(DECLARED),
    "ban-drop-sequence": Deliberate(DECLARED),
    "ban-drop-not-null": Deliberate(DECLARED),
    "renaming-column": Deliberate(DECLARED + "; renames are never guessed"),
    "renaming-table": Deliberate(DECLARED + "; renames are never guessed"),
    "ban-alter-identity": Deliberate(DECLARED + "; the identity's sequence is moved past max(id)"),
    "ban-drop-constraint": Deliberate(
        DECLARED + "; schemadiff's own drops are the helper CHECK (col IS NOT NULL) right after the "
        "SET NOT NULL it proved, and a check dropped and added back NOT VALID around a type change "
        "in the same transaction"),
    "ban-drop-view": Deliberate(
        DECLARED + "; otherwise a view (or materialized view) that reads a changed column, or whose "
        "query cannot be replaced in place, is dropped and created again in the same transaction: "
        "readers wait on the lock, they never see it missing"),
    "ban-drop-function": Deliberate(
        "a change of result type or argument name has no CREATE OR REPLACE: the function is "
        "dropped and created again in the same transaction, its dependants put back"),
    "ban-drop-type": Deliberate(
        DECLARED + "; removing an enum value makes a new type, moves every column to it and drops "
        "the old one renamed, in one transaction (marked table_rewrite and deletes_data)"),
    "ban-drop-default": Deliberate(
        "the default of a column moved to a rebuilt enum is dropped and set again around the type "
        "change, in the same transaction"),
    "renaming-object": Deliberate(
        "schemadiff's own renames, in one transaction: a changed index is built concurrently under a "
        "temporary name and takes the old one's name after it is dropped (the table is never without "
        "it); an enum being rebuilt is renamed away before the new type takes its name"),
    "ban-create-domain-with-constraint": Deliberate(
        "the domain schema.yaml declares, with its checks; a new domain has no column yet, so "
        "creating it locks nothing"),
    "ban-alter-domain-with-add-constraint": Deliberate(
        "a check declared on a domain is added NOT VALID and validated after the main transaction, "
        "the online form PostgreSQL offers for domains"),
}

# Opt-in rules that check what schemadiff promises: every table name is schema-qualified.
OPT_IN = ["require-table-schema"]


def _squawk() -> str | None:
    """The squawk binary of this interpreter's environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "squawk"
    return str(beside) if beside.exists() else shutil.which("squawk")


@pytest.fixture(scope="module")
def squawk() -> str:
    """The squawk binary; missing is a failure in CI (the test extra installs squawk-cli)."""
    found = _squawk()
    if found is None:
        reason = "squawk is not installed (pip install squawk-cli; it is in the test extra)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}, and CI=true", pytrace=False)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="module")
def before(server, tmp_path_factory):
    """(url, major version) of one database per server, built from BASE by schemadiff, with rows."""
    name, url = server.create_database()
    schema = tmp_path_factory.mktemp("before") / "schema.yaml"
    schema.write_text(yaml.safe_dump(BASE, sort_keys=False))
    assert main(["apply", "-s", str(schema), "-d", url, "--yes"]) == 0
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(ROWS)
    yield url, server.version_num // 10000
    server.drop_database(name)


def _plan(case: str, url: str, tmp_path: Path) -> Path:
    """migration.sql of BASE plus the case's change, planned against the before database."""
    desired = copy.deepcopy(BASE)
    CASES[case](desired)
    schema = tmp_path / "schema.yaml"
    schema.write_text(yaml.safe_dump(desired, sort_keys=False))
    assert main(["plan", "-s", str(schema), "-d", url, "--out", str(tmp_path / "plan")]) == 0
    migration = tmp_path / "plan" / "migration.sql"
    assert "-- nothing to do" not in migration.read_text(), f"case {case} changed nothing"
    return migration


def _lint(squawk: str, path: Path, major: int) -> list[dict]:
    """squawk's findings on one file, from its JSON reporter (exit 1 means findings)."""
    cmd = [squawk, "--reporter", "json", f"--pg-version={major}.0", *(f"--include={r}" for r in OPT_IN),
           str(path)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 1) and done.stdout.lstrip().startswith("["), f"squawk failed: {done.stderr}"
    return json.loads(done.stdout)


def _statement(lines: list[str], finding: dict) -> str:
    """The statement squawk points at (its JSON lines count from 0)."""
    return " ".join(line.strip() for line in lines[finding["line"]:finding["line_end"] + 1])


def _undeliberate(migration: str, findings: list[dict]) -> list[str]:
    """Findings no DELIBERATE entry accepts, each as `rule on `statement` (message)`."""
    lines, out = migration.splitlines(), []
    for f in findings:
        statement, entry = _statement(lines, f), DELIBERATE.get(f["rule_name"])
        if entry is None or not entry.where(statement, migration):
            out.append(f"{f['rule_name']} on `{statement}` ({f['message']})")
    return out


@pytest.mark.parametrize("case", list(CASES))
def test_squawk_finds_only_deliberate_choices(case, before, squawk, tmp_path):
    url, major = before
    migration = _plan(case, url, tmp_path)
    unexpected = _undeliberate(migration.read_text(), _lint(squawk, migration, major))
    assert not unexpected, (f"case {case} (pg{major}): squawk findings that are neither fixed nor in "
                            f"DELIBERATE: " + "; ".join(unexpected) + "\n" + migration.read_text())


def _rules(squawk: str, path: Path, text: str, major: int) -> set[str]:
    path.write_text(text)
    return {f["rule_name"] for f in _lint(squawk, path, major)}


def test_squawk_sees_the_timeouts_migration_sql_sets(before, squawk, tmp_path):
    """The timeout rules are live and read the SETs at the top: without them they fire."""
    url, major = before
    text = _plan("add_index", url, tmp_path).read_text()
    timeouts = {"require-lock-timeout", "require-statement-timeout"}
    assert not timeouts & _rules(squawk, tmp_path / "as_is.sql", text, major)
    bare = "\n".join(l for l in text.splitlines() if not re.match(r"SET (lock|statement)_timeout", l))
    assert timeouts <= _rules(squawk, tmp_path / "bare.sql", bare, major)


def test_squawk_would_flag_a_concurrent_build_inside_the_framing(before, squawk, tmp_path):
    """The concurrent build passes because the framing leaves it outside BEGIN ... COMMIT."""
    url, major = before
    text = _plan("add_index", url, tmp_path).read_text()
    assert "ban-concurrent-index-creation-in-transaction" not in _rules(squawk, tmp_path / "a.sql", text, major)
    wrapped = re.sub(r"^(CREATE INDEX CONCURRENTLY .*)$", r"BEGIN;\n\1\nCOMMIT;", text, flags=re.M)
    assert "ban-concurrent-index-creation-in-transaction" in _rules(squawk, tmp_path / "b.sql", wrapped, major)
