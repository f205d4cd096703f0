"""What a plan's proof must build: the objects the plan touches, everything that depends on them,
and everything those need to exist, not the whole database.

Why the rest may be left out. An object outside the scope is not named by any operation of
either direction, so the diff found it equal on both sides; it does not depend, directly or
through others, on anything an operation changes, so no statement can change it as a side effect
(CASCADE, a column type change reaching a view, an enum value, a function a default calls: each
is a dependency edge, from pg_depend or the model, plan/dependencies.py); and nothing in the
scope needs it, so no statement can fail for its absence. Objects that share a schema and name
with a touched one are kept too, so a name collision still fails the proof as it would the
real database. Schemas, extensions, collations, types, domains and sequences are always kept:
few, and needed by name in places dependency edges do not cover (a cast in a body).

A plan with a declared rename or a data step is proven on the whole database: a rename's old
name is in no operation's target, and a data step's SQL may read anything.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Database, ObjectId
from ..model.data_steps import KIND as DATA_STEP
from ..model.ids import table_id
from ..plan import Plan
from ..plan.dependencies import requirements

ALWAYS = frozenset({"schema", "extension", "collation", "enum", "domain", "sequence"})


def scoped(current: Database, desired: Database, *plans: Plan) -> tuple[Database, Database]:
    """(current, desired) cut down to what the plans' proof needs (the module docstring says why)."""
    if any(op.action == "rename" for plan in plans for op in plan.ops):
        return current, desired  # a rename's old name is in no operation's target: prove it all
    if any(op.target.kind == DATA_STEP for plan in plans for op in plan.ops):
        return current, desired  # a data step's SQL may read any table, function or type
    touched = _touched(plans) | _same_names(_touched(plans), current, desired)
    always = {oid for db in (current, desired) for oid in db.objects if oid.kind in ALWAYS}
    wanted = _requirements(_dependants(touched, current) | _dependants(touched, desired) | always,
                           current, desired)  # a sequence OWNED BY a table needs that table
    return _subset(current, wanted), _subset(desired, wanted)


def _touched(plans: tuple[Plan, ...]) -> set[ObjectId]:
    """Every object an operation works on, and the table it works on (an index's, a column's)."""
    return {oid for plan in plans for op in plan.ops for oid in (op.target, op.table) if oid is not None}


def _same_names(touched: set[ObjectId], *dbs: Database) -> set[ObjectId]:
    """Objects of any kind named like a touched one in its schema (relations share one namespace)."""
    names = {(oid.schema, oid.name) for oid in touched}
    return {oid for db in dbs for oid in db.objects if (oid.schema, oid.name) in names}


def _dependants(start: set[ObjectId], db: Database) -> set[ObjectId]:
    """`start` and everything in `db` that needs one of them, transitively."""
    users: dict[ObjectId, set[ObjectId]] = defaultdict(set)
    for obj in db:
        for need in requirements(obj, db):
            users[need].add(obj.id)
    found, todo = set(start), list(start)
    while todo:
        for user in users.get(todo.pop(), ()):
            if user not in found:
                found.add(user)
                todo.append(user)
    return found


def _requirements(start: set[ObjectId], current: Database, desired: Database) -> set[ObjectId]:
    """`start` and everything either side needs to create them, transitively: a new view in
    `desired` needs the unchanged table it reads built from `current`."""
    found, todo = set(), list(start)
    while todo:
        oid = todo.pop()
        if oid in found:
            continue
        found.add(oid)
        for db in (current, desired):
            obj = db.get(oid)
            if obj is not None:
                todo += [r for r in _needs(obj, db) if r not in found]
    return found


def _needs(obj, db: Database) -> set[ObjectId]:
    """What `obj` needs to be created, and the table a sequence is OWNED BY (its ALTER SEQUENCE)."""
    owner = getattr(obj, "owned_by", None) if obj.id.kind == "sequence" else None
    extra = {table_id(obj.schema, owner[0])} if owner else set()
    return set(requirements(obj, db)) | {t for t in extra if t in db.objects}


def _subset(db: Database, wanted: set[ObjectId]) -> Database:
    return Database({oid: obj for oid, obj in db.objects.items() if oid in wanted}, db.server_version, db.cron)
