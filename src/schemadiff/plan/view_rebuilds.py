"""Views and policies in the way of a change are dropped first and created again after it.

Postgres refuses to drop or retype a column a view or policy reads, to drop a table, view,
type or function one depends on, and CREATE OR REPLACE VIEW cannot rename, reorder or retype
columns. So, before operations are ordered: every view (and policy) that reads a broken column
or depends on a dropped object becomes a Replace (drop, then create from the desired model),
recursively (views on views), and whatever a drop takes with it (grants on the view, indexes
on a materialized view) is created again. The graph orders the drops before the change and the
creates after it (plan/graph.py: dependant edges).

Foreign keys are rebuilt the same way when the key they rely on is dropped (a UNIQUE made the
PRIMARY KEY, an index replaced): PostgreSQL refuses to drop a key a foreign key uses, and
re-points nothing by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..diff import Alter, Change, Create, Drop, Replace
from ..model import Database, ObjectId, View
from . import ops
from .strategies import Context

Column = tuple[str, str, str]  # (schema, table, column)
_REBUILT_KINDS = ("view", "matview", "policy")


def rebuild_dependants(changes: list[Change], ctx: Context,
                       ops_of: Callable[[Change], list[ops.Op]]) -> list[Change]:
    """`changes` with the Replace changes of every view and policy a change would break."""
    changes = [_replace_if_needed(ch) for ch in changes]
    columns, objects = broken(op for ch in changes for op in ops_of(ch))
    affected = dependants(ctx.current, columns, objects)
    changes = _rebuilt(changes, affected, ctx)
    return _children_restored(changes, ctx)


def _replace_if_needed(ch: Change) -> Change:
    """A view change CREATE OR REPLACE cannot make (columns renamed, reordered, retyped)."""
    if (isinstance(ch, Alter) and isinstance(ch.new, View) and ch.old.query_fields & set(ch.fields)
            and not ch.old.replaceable_by(ch.new)):
        return Replace(ch.old, ch.new)
    return ch


def broken(operations: Iterable[ops.Op]) -> tuple[set[Column], set[ObjectId]]:
    """Columns dropped or retyped, and objects dropped, by these operations."""
    columns: set[Column] = set()
    objects: set[ObjectId] = set()
    for op in operations:
        if op.action == "drop":
            objects.add(op.target)
        columns |= _columns_broken(op)
        if isinstance(op, ops.RecreateEnum):
            objects.add(op.old.id)  # renamed away, then dropped
    return columns, objects


def _columns_broken(op: ops.Op) -> set[Column]:
    if isinstance(op, ops.DropColumn):
        return {(op.schema, op.table_name, op.column.name)}
    if isinstance(op, ops.AlterColumnType):
        return {(op.schema, op.table_name, op.old.name)}
    if isinstance(op, ops.SetColumnCollation):
        return {(op.schema, op.table_name, op.column.name)}
    if isinstance(op, ops.RenameColumn) and op.displaced is not None:
        return {(op.schema, op.table_name, op.displaced.name)}
    if isinstance(op, ops.RecreateEnum):
        return {(schema, table, column) for schema, table, column, *_ in op.columns}
    return set()


def dependants(current: Database, columns: set[Column], objects: set[ObjectId]) -> set[ObjectId]:
    """Views and policies reading a broken column or needing a broken object, transitively, and
    the foreign keys needing a dropped key."""
    candidates = [o for kind in _REBUILT_KINDS for o in current.of_kind(kind)]
    candidates += [c for c in current.of_kind("constraint") if c.kind == "f"]
    affected: set[ObjectId] = set()
    grew = True
    while grew:
        gone = objects | affected
        found = {o.id for o in candidates if o.id not in affected
                 and (getattr(o, "reads", frozenset()) & columns or o.depends_on & gone)}
        affected |= found
        grew = bool(found)
    return affected


def _rebuilt(changes: list[Change], affected: set[ObjectId], ctx: Context) -> list[Change]:
    """Each affected object still in the desired model becomes one Replace (whatever its own
    change was); one that is dropped anyway keeps its Drop."""
    wanted = {oid for oid in affected if oid in ctx.desired.objects}
    kept = [ch for ch in changes if ch.id not in wanted or isinstance(ch, Replace)]
    replaced = {ch.id for ch in kept if isinstance(ch, Replace)}
    extra = [Replace(ctx.current.get(oid), ctx.desired.get(oid))
             for oid in sorted(wanted - replaced)]
    return kept + extra


def _children_restored(changes: list[Change], ctx: Context) -> list[Change]:
    """Grants on a replaced view and indexes on a replaced materialized view are gone with the
    drop: each desired one is created again, and no other change on them is kept. Those of a
    view dropped for good go with it: no REVOKE or DROP INDEX of their own."""
    views = [ch.new for ch in changes if isinstance(ch, Replace) and isinstance(ch.new, View)]
    dropped = [ch.old for ch in changes if isinstance(ch, Drop) and isinstance(ch.old, View)]
    if not views and not dropped:
        return changes
    old_children = {c.id for v in views + dropped for c in _children(ctx.current, v)}
    new_children = [c for v in views for c in _children(ctx.desired, v)]
    touched = old_children | {c.id for c in new_children}
    kept = [ch for ch in changes if ch.id not in touched]
    return kept + [Create(c) for c in new_children]


def _children(db: Database, view: View) -> list:
    grants = [g for g in db.of_kind("grant") if g.object_id == view.id]
    indexes = [i for i in db.of_kind("index")
               if view.materialized and (i.schema, i.table) == (view.schema, view.name)]
    return grants + indexes
