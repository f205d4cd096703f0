"""Edges among a table's own steps that the model cannot see: REPLICA IDENTITY USING INDEX
names an index the model does not link to, and toast.* parameters need the TOAST table.


The index must exist before ALTER TABLE ... REPLICA IDENTITY USING INDEX, and an index that the
current identity uses is dropped only after the identity has moved off it (dropping it first
leaves relreplident 'i' with no index: the table silently behaves as NOTHING)."""

from __future__ import annotations

from .ops import AddColumn, AlterColumnType, SetReplicaIdentity, SetStorageParameters

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
    ignores them on a table that has no TOAST table yet, and the first text column creates it."""
    toast = [n for n in nodes if isinstance(n.op, SetStorageParameters)
             and any(k.startswith("toast.") for k in (*n.op.set, *n.op.reset))]
    for n in nodes:
        if isinstance(n.op, (AddColumn, AlterColumnType)):
            for t in toast:
                if t.op.target == n.op.target:
                    edges[n.index].add(t.index)
