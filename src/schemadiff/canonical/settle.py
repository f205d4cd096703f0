"""Text that differs but means the same (PITFALLS: deparsing is not a fixed point).

Two catalogs can store different text for one meaning: a target built by hand, or one that ran
the canonical text (which Postgres may deparse differently again). Where an object differs only
in text-bearing fields, both sides are rebuilt in a scratch database; if their re-read text
agrees, the current object is taken as equal to the desired one.
"""

from __future__ import annotations

from dataclasses import fields, replace

from ..diff.objects import COMPARERS
from ..model import Database, Table
from ..model.validity import as_valid, validity, with_validity
from .build import build_in, read_back
from .scratch import ScratchServer

# A column's fields that hold deparsed SQL text (pg_get_expr): the only ones a rebuild can settle.
_COLUMN_TEXT = frozenset({"default", "generated"})


def text_suspects(current: Database, desired: Database) -> list:
    """Ids present on both sides whose objects differ, of the kinds that hold SQL text (each
    kind's comparer says so: diff/objects.py); only these can be text-only differences."""
    return [oid for oid, new in desired.objects.items()
            if COMPARERS[oid.kind].settles_text and oid in current.objects and current.objects[oid] != new
            and _may_settle(current.objects[oid], new)]


def _may_settle(cur, want) -> bool:
    """Whether a rebuild could find the difference to be text only. For a table, only when a
    column on both sides differs in its expressions alone: _settled_table changes nothing else,
    and a field read as a value (type, storage, NOT NULL) differs after a rebuild as before. So
    a table that only gains a column or changes a type costs no scratch database here."""
    if not isinstance(cur, Table):
        return True
    for col in cur.columns:
        target = want.column(col.name)
        if target is not None and target != col and _differing(col, target) <= _COLUMN_TEXT:
            return True
    return False


def _differing(a, b) -> set[str]:
    return {f.name for f in fields(a) if f.compare and getattr(a, f.name) != getattr(b, f.name)}


def settle(current: Database, desired: Database, scratch: ScratchServer) -> Database:
    """`current` with every text-only difference from `desired` resolved in desired's favour."""
    suspects = text_suspects(current, desired)
    if not suspects:
        return current
    subset_current = _closure(current, suspects)
    subset_desired = _closure(desired, suspects)
    reread_current = _reread(scratch, subset_current)
    reread_desired = _reread(scratch, subset_desired)
    if reread_current is None or reread_desired is None:
        return current  # cannot rebuild in isolation: keep the honest, possibly noisy, diff
    settled = [_settled(current.get(oid), desired.get(oid), reread_current.get(oid), reread_desired.get(oid))
               for oid in suspects]
    return current.replace(*settled)


def _settled(cur, want, cur2, want2):
    if isinstance(cur, Table):
        return _settled_table(cur, want, cur2, want2)
    if cur2 is None or want2 is None or as_valid(cur2) != as_valid(want2):
        return cur
    # Same text; the state stays the current one. A scratch rebuild makes every index valid, so
    # without this an INVALID index settled into the valid one wanted (issue 6, item 4).
    return with_validity(want, validity(cur))


def _settled_table(cur: Table, want: Table, cur2: Table | None, want2: Table | None) -> Table:
    if cur2 is None or want2 is None:
        return cur
    cols = []
    for col in cur.columns:
        target, a, b = want.column(col.name), cur2.column(col.name), want2.column(col.name)
        cols.append(target if target is not None and a is not None and a == b else col)
    return replace(cur, columns=tuple(cols))


def _closure(db: Database, ids: list) -> Database:
    """The suspects plus everything they need (tables, types, referenced keys) to be built alone."""
    from ..plan.dependencies import requirements

    wanted, todo = set(), list(ids)
    while todo:
        oid = todo.pop()
        if oid in wanted or oid not in db.objects:
            continue
        wanted.add(oid)
        todo += list(requirements(db.objects[oid], db))
    return Database({k: v for k, v in db.objects.items() if k in wanted or k.kind in ("schema", "extension", "enum", "sequence")},
                    db.server_version)


def _reread(scratch: ScratchServer, model: Database) -> Database | None:
    from ..db.connect import connect
    from ..errors import SchemaDiffError
    from ..model.cron import split_cron_jobs
    from .scratch import extension_names

    model = split_cron_jobs(model)[0]  # a scratch database cannot create pg_cron
    try:
        with scratch.database(extension_names(model)) as url, connect(url, autocommit=True) as conn:
            build_in(conn, model, source="scratch")
            # Both sides are models already read with the refusal on (the target; the canonical
            # build of schema.yaml), rendered by schemadiff alone: what unsupported.sql refuses
            # cannot be in this database (the proof's reads skip it too, apply/proof.py).
            return read_back(conn, model, refuse=False)
    except SchemaDiffError:
        return None


def remaining(reached: Database, wanted: Database, scratch: ScratchServer):
    """The plan still needed to get from `reached` to `wanted`, text-only differences settled."""
    from ..plan import make_plan

    leftover = make_plan(reached, wanted)
    if leftover.empty:
        return leftover
    return make_plan(settle(reached, wanted, scratch), wanted)
