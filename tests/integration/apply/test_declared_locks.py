"""The lock each plan operation declares is the lock PostgreSQL takes: every step of a set of acceptance
cases is run alone in a transaction and pg_locks is read before COMMIT."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import pytest

from schemadiff.apply.blockers import mode_label
from schemadiff.pipeline import Settings, compute_plan
from schemadiff.plan.ops import AddEnumValue, LockMode, Op
from schemadiff.quoting import qualified
from schemadiff.render import statements

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "acceptance"))
from runner import discover  # noqa: E402

# Together these cases plan every operation class that takes a table lock (a greedy cover over all
# acceptance cases; the whole set was checked once, with no difference, on 2026-12-01).
CASES = [
    "tables/adversarial_names_existing", "functions/change_return_type", "grants/grants_survive_view_rebuild",
    "policies/alter_policies", "domains/alter_domain", "indexes/change_index_definition",
    "domains/create_domain", "tables/declared_table_rename", "constraints/add_primary_key_existing",
    "constraints/change_check", "constraints/change_fk_action", "functions/change_argument_type",
    "grants/alter_grants", "namespaces/drop_schema", "sequences/alter_sequence", "sequences/drop_sequence",
    "sequences/serial_column", "tables/add_identity", "tables/change_collation", "tables/drop_not_null",
    "tables/set_not_null_existing", "types/enum_remove_value", "views/or_replace_append_column",
    "indexes/storage_parameters_in_place",  # ALTER INDEX SET/RESET: the index's lock, by parameter
    "grants/column_grants_change",  # GRANT/REVOKE on columns: ACCESS SHARE on the table
    "tables/column_storage", "tables/column_options",  # SET STORAGE, SET / RESET (n_distinct)
    "tables/column_statistics", "tables/column_compression",
    # partitions: PARTITION OF and DROP lock the parent, ATTACH/DETACH, ON ONLY + ATTACH of indexes
    "partitions/add_partition", "partitions/drop_partition", "partitions/change_bound",
    "partitions/detach_partition", "partitions/index_on_existing_partitions",
    # ATTACH by the helper check (+ its DROP), the plain DETACH beside a default partition; the
    # concurrent DETACH runs in autocommit: tests/integration/partitions/test_detach_concurrently.py
    "partitions/attach_table", "partitions/detach_with_default_partition",
    # ALTER DEFAULT PRIVILEGES (every operation class of the family): no table lock at all
    "default_privileges/change", "default_privileges/remove", "default_privileges/revoke_public_execute",
]
RELATION_KINDS = ("table", "view", "matview", "sequence", "index")

_HELD = """
SELECT l.relation, l.mode FROM pg_locks l
WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
"""
# Application relations (not catalogs, toast tables or indexes: the table's own lock is what counts).
_RELATIONS = """
SELECT c.oid, d.refobjid FROM pg_class c
LEFT JOIN pg_depend d ON c.relkind = 'S' AND d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relnamespace::regnamespace::text NOT IN ('pg_catalog', 'pg_toast')
"""


def _mode(pg_mode: str) -> LockMode:
    return LockMode[mode_label(pg_mode).replace(" ", "_")]


def _oid(conn: psycopg.Connection, relation) -> int | None:
    row = conn.execute("SELECT to_regclass(%s)::oid", (qualified(relation.schema, relation.name),)).fetchone()
    return row[0]


def _declared(conn: psycopg.Connection, op: Op) -> dict[int | None, LockMode]:
    return {_oid(conn, lk.relation): lk.mode for lk in op.locks() if lk.relation.kind in RELATION_KINDS}


def _held(conn: psycopg.Connection, existing: set[int], declared: set[int]) -> dict[int, LockMode]:
    """The strongest lock held on each application relation that existed before the step (one it
    creates, or a rewrite's transient heap, is invisible to everyone else) or that it declares."""
    out: dict[int, LockMode] = {}
    for oid, mode in conn.execute(_HELD).fetchall():
        if oid in existing or oid in declared:
            out[oid] = max(out.get(oid, LockMode.NONE), _mode(mode))
    return out


def check_step(conn: psycopg.Connection, op: Op) -> list[str]:
    """Run `op` alone in a transaction; the differences between its declared and its held locks."""
    before = _declared(conn, op)
    owner = dict(conn.execute(_RELATIONS).fetchall())  # every relation; a sequence's owning table
    existing = set(owner)
    with conn.transaction():
        conn.execute("SET LOCAL check_function_bodies = off")
        for stmt in statements(op):
            conn.execute(stmt)
        declared = {**before, **_declared(conn, op)}  # relations the step created resolve only now
        declared.pop(None, None)
        held = _held(conn, existing, set(declared))
    problems = [f"{op.describe()}: declares {mode.label} on {oid}, holds {held.get(oid, LockMode.NONE).label}"
                for oid, mode in declared.items() if oid in held and held[oid] != mode]
    if not any(lk.relation.kind == "domain" for lk in op.locks()):
        # A sequence owned by a table the step holds in ACCESS EXCLUSIVE adds no wait for anyone.
        covered = {oid for oid, t in owner.items() if declared.get(t) == LockMode.ACCESS_EXCLUSIVE}
        problems += [f"{op.describe()}: holds undeclared {mode.label} on {oid}" for oid, mode in held.items()
                     if oid not in declared and oid not in covered and mode.blocks_writers]
    return problems


def run_and_check(url: str, ops: tuple[Op, ...]) -> list[str]:
    problems: list[str] = []
    with psycopg.connect(url, autocommit=True) as conn:
        for op in ops:
            if op.concurrent or isinstance(op, AddEnumValue):  # cannot run in a transaction block
                for stmt in statements(op):
                    conn.execute(stmt)
                continue
            problems += check_step(conn, op)
    return problems


@pytest.mark.parametrize("case_id", CASES)
def test_declared_locks_match_pg_locks(case_id, server, make_db, tmp_path):
    case = next(c for c in discover() if c.id == case_id)
    url = make_db(server, case.text("before.sql") + "\n" + case.meta.get("seed", ""))
    settings = Settings(schema=case.path / "schema.yaml", database=url, project_dir=tmp_path, prove=False)
    plan = compute_plan(settings).forward
    assert not plan.empty
    assert run_and_check(url, plan.ops) == []
