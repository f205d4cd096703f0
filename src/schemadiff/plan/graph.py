"""Order operations by explicit dependency edges (never by phase lists); deterministic tie-break."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from ..errors import PlanProofError
from ..model import Database, ObjectId
from ..model.kinds import kind_rank
from .dependencies import requirements
from .cron import cron_edges
from .default_privileges import default_privilege_edges
from .body_uses import body_edges
from .view_edges import dependant_edges
from . import data_steps
from .table_edges import (
    inheritance_edges, recursing_column_edges, replica_identity_edges, toast_parameter_edges,
)
from .ops import (
    AddColumn, DropColumn, Inherit, NoInherit, Op, Phase, RenameColumn, RenameTable,
    SetColumnCompression, SetColumnOptions, SetColumnStatistics, SetColumnStorage, SetComment,
    SetReplicaIdentity,
)


@dataclass(frozen=True)
class Node:
    index: int
    op: Op
    group: int  # the change it came from: ops of one change keep their order


def order(groups: list[list[Op]], current: Database, desired: Database) -> list[Op]:
    """Topologically sorted operations; raises naming the objects if the edges form a cycle."""
    nodes = [Node(i, n.op, n.group) for i, n in enumerate(_flatten(groups))]
    edges = _edges(nodes, current, desired)
    return [n.op for n in _kahn(nodes, edges)]


def _flatten(groups: list[list[Op]]) -> list[Node]:
    return [Node(0, op, g) for g, ops_ in enumerate(groups) for op in ops_]


def _edges(nodes: list[Node], current: Database, desired: Database) -> dict[int, set[int]]:
    """before -> {after}."""
    edges: dict[int, set[int]] = defaultdict(set)
    by_target: dict[ObjectId, list[Node]] = defaultdict(list)
    by_table: dict[ObjectId, list[Node]] = defaultdict(list)
    for n in nodes:
        by_target[n.op.target].append(n)
        if n.op.table is not None and n.op.table != n.op.target:
            by_table[n.op.table].append(n)
    for a, b in zip(nodes, nodes[1:]):
        if a.group == b.group:
            edges[a.index].add(b.index)  # ops of one change run in the order they were made
    users = _users_of(nodes, current)
    needs: dict[ObjectId, frozenset[ObjectId]] = {}  # desired requirements, by target
    for n in nodes:
        _target_edges(n, by_target, edges)
        _table_edges(n, by_target, edges)
        if n.op.action == "drop":
            _user_edges(n, users.get(n.op.target, ()), desired, needs, edges)
        elif not getattr(n.op, "releases", False):  # ending a use needs nothing created first
            _create_edges(n, by_target, desired, edges)
    cron_edges(nodes, edges)  # pg_cron jobs: last in, first out (plan/cron.py)
    default_privilege_edges(nodes, edges)  # after every object the plan creates (plan/default_privileges.py)
    body_edges(nodes, desired, edges)  # a body that goes with a rename: right after it (plan/body_uses.py)
    dependant_edges(nodes, by_target, current, desired, edges)  # views (plan/view_edges.py)
    replica_identity_edges(nodes, edges)  # REPLICA IDENTITY USING INDEX (plan/table_edges.py)
    toast_parameter_edges(nodes, edges)  # toast.* once the TOAST table exists (same module)
    inheritance_edges(nodes, current, desired, edges)  # INHERIT / NO INHERIT (same module)
    recursing_column_edges(nodes, current, desired, edges)  # SET STORAGE reaches children (same module)
    data_steps.data_step_edges(nodes, current, desired, edges)  # `data:` steps (plan/data_steps.py)
    return edges


def _users_of(nodes: list[Node], current: Database) -> dict[ObjectId, list[Node]]:
    """X -> the operations on objects that (before the migration) required X."""
    needs: dict[ObjectId, frozenset[ObjectId]] = {}
    users: dict[ObjectId, list[Node]] = defaultdict(list)
    for n in nodes:
        target = n.op.target
        if target not in needs:
            old = current.get(target)
            needs[target] = requirements(old, current) if old is not None else frozenset()
        for dep in needs[target]:
            users[dep].append(n)
    return users


def _target_edges(n: Node, by_target, edges) -> None:
    """A drop of X runs before anything that (re)creates X; renames of X before all else on X."""
    for other in by_target[n.op.target]:
        if other.index == n.index:
            continue
        if isinstance(n.op, RenameTable) and other.op.action != "drop":
            edges[n.index].add(other.index)  # the table takes its new name before anything else
        elif n.op.action == "rename" and other.op.action not in ("rename", "drop"):
            edges[n.index].add(other.index)
        elif n.op.action == "drop" and other.op.action != "drop":
            edges[n.index].add(other.index)


def _table_edges(n: Node, by_target, edges) -> None:
    """Constraints and indexes of table T: dropped before T's columns change, created after."""
    table = n.op.table
    if table is None or table == n.op.target:
        return
    for t in by_target[table]:
        if isinstance(t.op, (RenameTable, RenameColumn)):
            edges[t.index].add(n.index)
        elif n.op.action == "drop":
            if not isinstance(t.op, _CANNOT_BREAK):  # before anything that could drop it implicitly
                edges[n.index].add(t.index)
        elif t.op.action != "drop" and t.op.phase != Phase.AFTER and not isinstance(t.op, _NOTHING_TO_WAIT_FOR):
            edges[t.index].add(n.index)  # after the columns it uses exist with their final types


# Adding a column, a comment, a replica identity or a parent (or removing a parent) cannot break
# an existing index or constraint;
# dropping a column creates nothing a new index or constraint could need.
_CANNOT_BREAK = (AddColumn, SetComment, SetReplicaIdentity, Inherit, NoInherit, SetColumnStatistics,
                 SetColumnCompression, SetColumnStorage, SetColumnOptions)
# A replica identity is waited for by nothing: it waits for its index (plan/table_edges.py);
# INHERIT waits for the child's checks instead (same module). Nor a column's statistics target,
# compression, storage or options: catalog settings no constraint or index reads.
_NOTHING_TO_WAIT_FOR = (DropColumn, SetComment, SetReplicaIdentity, Inherit, NoInherit,
                        SetColumnStatistics, SetColumnCompression, SetColumnStorage, SetColumnOptions)


def _user_edges(drop: Node, users, desired: Database, needs: dict, edges) -> None:
    """Drop X only after every op on what used X, except ops on what still needs X (they wait
    for the new X); an op that resolves names again (`rebinds`) runs after the old X is gone."""
    for other in users:
        if other.index == drop.index or _still_needs(other, drop.op.target, desired, needs):
            continue
        if getattr(other.op, "rebinds", False):
            edges[drop.index].add(other.index)
        else:
            edges[other.index].add(drop.index)


def _still_needs(n: Node, dropped: ObjectId, desired: Database, needs: dict) -> bool:
    """Whether `n` works on an object whose desired form still needs `dropped`, which is then
    dropped only to be created again (a function whose result type changes): `n` cannot be what
    ends the use, so it waits for the new one (create edges) instead of preceding the drop. A
    drop, or an op that removes the use itself (`releases`: a default taken off for the rebuild),
    still precedes it."""
    if n.op.action == "drop" or getattr(n.op, "releases", False):
        return False
    target = n.op.target
    if target not in needs:
        obj = desired.get(target)
        needs[target] = requirements(obj, desired) if obj is not None else frozenset()
    return dropped in needs[target]


def _create_edges(n: Node, by_target, desired: Database, edges) -> None:
    obj = desired.get(n.op.target)
    if obj is None:
        return
    needs = set(requirements(obj, desired))
    if getattr(obj, "ref_table", None):  # a foreign key also waits for its referenced columns' changes
        ref = obj.ref_table_id
        if ref in by_target:  # a lookup: scanning every target made each FK cost O(N)
            needs.add(ref)
        for t in by_target.get(ref, ()):
            if t.op.action != "drop" and t.op.phase != Phase.AFTER and t.index != n.index:
                edges[t.index].add(n.index)
    for dep in needs:
        for d in by_target[dep]:
            if d.op.action in ("create", "rename") and d.index != n.index:
                edges[d.index].add(n.index)



_ACTION_RANK = {"rename": 0, "drop": 1, "create": 2, "alter": 3}


def _key(n: Node) -> tuple:
    # an unknown kind is an error, never 'sorts last'; a data step is no kind of object
    kind = data_steps.rank(n.op) or kind_rank(n.op.target.kind)
    if n.op.action == "drop":
        kind = -kind  # dependants first when dropping
    return (int(n.op.phase), _ACTION_RANK[n.op.action], kind, n.index)


def _kahn(nodes: list[Node], edges: dict[int, set[int]]) -> list[Node]:
    indegree = [0] * len(nodes)
    for after in edges.values():
        for b in after:
            indegree[b] += 1
    ready = [(_key(n), n.index) for n in nodes if indegree[n.index] == 0]
    heapq.heapify(ready)
    out: list[Node] = []
    while ready:
        _, i = heapq.heappop(ready)
        out.append(nodes[i])
        for b in sorted(edges.get(i, ())):
            indegree[b] -= 1
            if indegree[b] == 0:
                heapq.heappush(ready, (_key(nodes[b]), b))
    if len(out) != len(nodes):
        cycle = _find_cycle({i for i in range(len(nodes)) if indegree[i] > 0}, edges)
        raise PlanProofError("dependency cycle: " + " -> ".join(nodes[i].op.describe() for i in cycle))
    return out


def _find_cycle(stuck: set[int], edges: dict[int, set[int]]) -> list[int]:
    """One cycle among the nodes Kahn could not order, to name the objects involved."""
    # Every stuck node has a stuck predecessor, so walking backwards must close a loop.
    preds: dict[int, list[int]] = defaultdict(list)
    for a, after in edges.items():
        for b in after:
            if a in stuck and b in stuck:
                preds[b].append(a)
    node, seen = min(stuck), []
    while node not in seen:
        seen.append(node)
        node = min(preds[node])
    loop = seen[seen.index(node):] + [node]
    return loop[::-1]
