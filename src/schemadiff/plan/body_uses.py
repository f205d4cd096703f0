"""Dependencies inside bodies as edges of the plan (issue 9, item 2).

PostgreSQL records none of a PL/pgSQL or string SQL body's references in pg_depend, so the plan
reads them (plan/body_references.py): a function whose new body goes with a declared rename of a
table or column it uses is replaced right after the rename, in the same transaction (a SQL body
is checked at creation and must see the new name); and the text plan lists, under each changed
table, the functions and cron jobs that use it.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ..model import CronJob, Database, Function, ObjectId
from .body_checks import relation_of
from .body_references import BodyReading, read_routine, read_sql
from .ops import RenameColumn, RenameTable

_RELATION_KINDS = ("table", "column")


@lru_cache(maxsize=4096)
def _reading(obj: Function | CronJob) -> BodyReading:
    return read_routine(obj) if isinstance(obj, Function) else read_sql(obj.command)


def relations_used(obj: Function | CronJob, db: Database) -> frozenset[ObjectId]:
    """The tables and views of `db` that a body or command names."""
    found = {relation_of(r, db) for r in _reading(obj).references if r.kind in _RELATION_KINDS and r.name}
    for ref in _reading(obj).references:  # an unqualified column of a join: any level's relation
        for level in ref.scopes:
            found |= {relation_of(_as_ref(rel), db) for rel in level if rel is not None}
    found.discard(None)
    return frozenset(found)


def _as_ref(rel):
    from .sql_references import Reference

    return Reference("table", rel[1], rel[0])


def table_users(db: Database) -> dict[ObjectId, tuple[str, ...]]:
    """Table id -> "function public.f", "cron job 'j'" for each body or command that uses it."""
    users: dict[ObjectId, list[str]] = defaultdict(list)
    for fn in db.of_kind("function"):
        for table in relations_used(fn, db):
            users[table].append(f"function {fn.schema}.{fn.name}")
    for job in db.of_kind("cron_job"):
        for table in relations_used(job, db):
            users[table].append(f"cron job {job.name!r}")
    return {t: tuple(sorted(set(names))) for t, names in users.items()}


def body_edges(nodes, desired: Database, edges) -> None:
    """Rename of table T (or of one of its columns) -> the (re)creation of a function that uses T."""
    renames: dict[ObjectId, list[int]] = defaultdict(list)
    for n in nodes:
        if isinstance(n.op, (RenameTable, RenameColumn)):
            renames[n.op.table].append(n.index)
    if not renames:
        return
    for n in nodes:
        fn = desired.get(n.op.target)
        if isinstance(fn, Function) and n.op.action in ("create", "alter"):
            for table in relations_used(fn, desired) & renames.keys():
                for before in renames[table]:
                    edges[before].add(n.index)
