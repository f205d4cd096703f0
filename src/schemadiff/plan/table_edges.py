"""Edges among a table's own steps that the model cannot see: REPLICA IDENTITY USING INDEX
names an index the model does not link to, and toast.* parameters need the TOAST table.


The index must exist before ALTER TABLE ... REPLICA IDENTITY USING INDEX, and an index that the
current identity uses is dropped only after the identity has moved off it (dropping it first
leaves relreplident 'i' with no index: the table silently behaves as NOTHING)."""

from __future__ import annotations

from ..model.ids import table_id
from .ops import (
    AddColumn, AddConstraint, AlterColumnType, DropColumn, DropConstraint, Inherit, NoInherit,
    SetColumnNotNull, SetColumnStatistics, SetColumnStorage, SetNotNullUsingCheck, SetReplicaIdentity,
    SetStorageParameters, ValidateConstraint,
)

_INDEX_KINDS = ("index", "constraint")  # a primary key's or unique constraint's index has its name


def replica_identity_edges(nodes, edges: dict[int, set[int]]) -> None:
    """Index (or key) creations -> the identity that uses them -> drops of the one it replaces."""
    setters = [n for n in nodes if isinstance(n.op, SetReplicaIdentity)]
    if not setters:
        return
    for n in nodes:
        target = n.op.target
        if target.kind not in _INDEX_KINDS:
            continue
        for s in setters:
            if target.schema != s.op.schema or n.op.table != s.op.target:
                continue
            if n.op.action == "drop" and target.name == s.op.old_index:
                edges[s.index].add(n.index)
            elif n.op.action != "drop" and target.name == s.op.index:
                edges[n.index].add(s.index)


def toast_parameter_edges(nodes, edges: dict[int, set[int]]) -> None:
    """toast.* storage parameters after the columns are added or retyped: PostgreSQL silently
    ignores them on a table that has no TOAST table yet, and the first text column creates it;
    a column's SET STORAGE after both."""
    toast = [n for n in nodes if isinstance(n.op, SetStorageParameters)
             and any(k.startswith("toast.") for k in (*n.op.set, *n.op.reset))]
    storage = [n for n in nodes if isinstance(n.op, SetColumnStorage)]
    for n in nodes:
        if isinstance(n.op, (AddColumn, AlterColumnType)):
            for t in toast:
                if t.op.target == n.op.target:
                    edges[n.index].add(t.index)
        # SET STORAGE PLAIN last: a rewrite (ALTER TYPE) after it builds the new heap without a
        # TOAST table when no column is toastable any more, and the toast.* parameters set then
        # are dropped silently (hypothesis round trip: a TOAST table kept only for its parameters)
        if isinstance(n.op, AlterColumnType) or n in toast:
            for s in storage:
                if s.op.target == n.op.target:
                    edges[n.index].add(s.index)



# a NOT VALID check on the child "conflicts" with the parent's valid one: validated first; a
# parent's NOT NULL column needs the child's to be NOT NULL already ("column ... in child table
# must be marked NOT NULL", 15 and 18)
_BEFORE_INHERIT = (AddColumn, AddConstraint, ValidateConstraint, SetColumnNotNull, SetNotNullUsingCheck)


def inheritance_edges(nodes, current, desired, edges: dict[int, set[int]]) -> None:
    """INHERIT after the child's own columns and checks are added (PostgreSQL requires them);
    NO INHERIT before the parent drops a column (which would drop the child's inherited copy
    with its data) and before the child drops a column or check it shares with the parent; a
    child's ADD COLUMN or CHECK before its parent's of the same name (_merging_first)."""
    for link in (n for n in nodes if isinstance(n.op, (Inherit, NoInherit))):
        child, parent = link.op.target, link.op.parent_id
        for n in nodes:
            if isinstance(link.op, Inherit) and n.op.table == child and isinstance(n.op, _BEFORE_INHERIT):
                edges[n.index].add(link.index)
            elif isinstance(link.op, NoInherit) and isinstance(n.op, DropColumn) and n.op.target == parent:
                edges[link.index].add(n.index)
            elif isinstance(link.op, NoInherit) and isinstance(n.op, AddConstraint) and n.op.table == parent:
                # a check added to the parent first reaches the leaving child and stays its own
                # (the NOT NULL recipe's helper check was left on the child: hypothesis round trip)
                edges[link.index].add(n.index)
            elif isinstance(link.op, NoInherit) and n.op.table == child and n is not link and (
                    isinstance(n.op, (DropColumn, DropConstraint))):
                edges[link.index].add(n.index)  # "cannot drop inherited column / constraint"
    _merging_first(nodes, current, desired, edges)


def _merging_first(nodes, current, desired, edges: dict[int, set[int]]) -> None:
    """A child's ADD COLUMN before its parent's of the same name (the parent's then merges into
    the child's column instead of failing on "already exists"); likewise a child's own CHECK
    before its parent's of the same name: the parent's, added NOT VALID to an existing table,
    reaches the child, whose own valid one then "conflicts with NOT VALID constraint" (found by
    the hypothesis round trip, a new child declaring its parent's check)."""
    columns = [n for n in nodes if isinstance(n.op, AddColumn)]
    checks = [n for n in nodes if isinstance(n.op, AddConstraint) and n.op.constraint.kind == "c"]
    for adds, name in ((columns, lambda op: op.column.name), (checks, lambda op: op.constraint.name)):
        for a in adds:
            parents = _parents(current, a.op.table) | _parents(desired, a.op.table)
            for b in adds:
                if b.op.table in parents and name(a.op) == name(b.op):
                    edges[a.index].add(b.index)


# ALTER COLUMN ... SET STORAGE / SET STATISTICS on a table reach the same column of every table
# inheriting from it (partitions too): a child's own setting must come after its ancestors'.
_RECURSING = (SetColumnStorage, SetColumnStatistics)


def recursing_column_edges(nodes, current, desired, edges: dict[int, set[int]]) -> None:
    """A child's SET STORAGE / STATISTICS after those of its ancestors on the same column."""
    sets = [n for n in nodes if isinstance(n.op, _RECURSING)]
    for child in sets:
        ancestors = _ancestors(current, child.op.table) | _ancestors(desired, child.op.table)
        for parent in sets:
            if (parent.op.table in ancestors and type(parent.op) is type(child.op)
                    and parent.op.column == child.op.column):
                edges[parent.index].add(child.index)


def _ancestors(db, table) -> set:
    found: set = set()
    todo = _parents(db, table)
    while todo:
        t = todo.pop()
        if t not in found:
            found.add(t)
            todo |= _parents(db, t)
    return found


def _parents(db, table) -> set:
    t = db.objects.get(table)
    return {table_id(*p) for p in getattr(t, "inherits", ())}
