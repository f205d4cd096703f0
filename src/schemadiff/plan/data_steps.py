"""Data steps in a plan (pure): which steps are pending, and where each runs among the structural
steps.

A step runs after every structural step that creates or alters a table its SQL references
(references come from PostgreSQL's parse tree: plan/sql_references.py), and before the steps that
need its rows: SET NOT NULL or a CHECK on a column it writes, and the drop of a table or column it
references. `after:` and `before:` add edges. Its undo (in the rollback plan) runs before every
structural step on those tables, except the ones that lift such a rule (DROP NOT NULL, the drop of
that CHECK), which go first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from ..errors import SpecError
from ..model import Database, ObjectId
from ..model.data_steps import KIND, DataStep, Recorded
from ..model.ids import table_id
from .body_references import read_do_blocks, read_sql
from .ops import (
    AddColumn, AddConstraint, AlterColumnType, DropColumn, DropConstraint, DropTable, RenameColumn,
    SetColumnNotNull, SetNotNullUsingCheck, ValidateConstraint,
)
from .ops.data_steps import RunDataStep, UndoDataStep

RANK = 1000  # the graph's tie-break: after every kind of object, so rows move once structure is there


def pending(steps: tuple[DataStep, ...], recorded: dict[str, Recorded]) -> tuple[DataStep, ...]:
    """The steps that have not run; a step that ran with other SQL is refused by name."""
    for step in steps:
        done = recorded.get(step.name)
        if done is not None and done.sha256 != step.sha256:
            raise SpecError(f"data step {step.name!r} was changed after it ran (migration "
                            f"#{done.migration}): give it a new name to run the new SQL",
                            step.file, step.line, f"data.{step.name}",
                            "a step runs once; its record in schemadiff.data_steps holds the hash of what ran")
    return tuple(s for s in steps if s.name not in recorded)


def without_rollback(steps: tuple[DataStep, ...]) -> tuple[str, ...]:
    """The rollback plan's notes: the steps it cannot undo."""
    return tuple(f"data step {s.name!r} has no rollback: rolling back leaves the rows it changed, and its "
                 "record (it will not run again)" for s in steps if s.rollback is None)


@dataclass(frozen=True)
class Refs:
    tables: frozenset[ObjectId]  # read or written
    writes: frozenset[ObjectId]
    columns: frozenset[tuple[ObjectId, str]]  # written columns
    functions: frozenset[str]
    names: frozenset[str] = frozenset()  # every column name it mentions, on whichever table


@lru_cache(maxsize=512)
def references(sql: str) -> Refs:
    """What `sql` names, from its parse tree; unqualified names are taken as public's."""
    tables, writes, columns, functions, names = set(), set(), set(), set(), set()
    for ref in read_sql(sql).references + read_do_blocks(sql).references:
        if ref.kind == "column" and ref.column:
            names.add(ref.column)
        if ref.kind == "function":
            functions.add(ref.name)
            continue
        if ref.kind not in ("table", "column") or not ref.name:
            continue
        table = table_id(ref.schema or "public", ref.name)
        tables.add(table)
        if ref.writes:
            (columns.add((table, ref.column)) if ref.kind == "column" else writes.add(table))
    return Refs(frozenset(tables), frozenset(writes), frozenset(columns), frozenset(functions), frozenset(names))


def step_refs(step: DataStep, undo: bool = False) -> Refs:
    refs = [references(step.sql)] + ([references(step.rollback)] if undo and step.rollback else [])
    return Refs(*(frozenset().union(*(getattr(r, f) for r in refs))
                  for f in ("tables", "writes", "columns", "functions", "names")))


def run_ops(steps: tuple[DataStep, ...]) -> list[list[RunDataStep]]:
    return [[RunDataStep(s, tuple(sorted(step_refs(s).writes)))] for s in steps]


def undo_ops(steps: tuple[DataStep, ...]) -> list[list[UndoDataStep]]:
    """Undos of the steps with a rollback, in the order given (the reverse of how they ran)."""
    return [[UndoDataStep(s, tuple(sorted(references(s.rollback).writes)))] for s in steps if s.rollback]


def split_not_null(groups: list[list], steps: tuple[DataStep, ...]) -> list[list]:
    """A NOT NULL column without a default that a step fills is added nullable and set NOT NULL
    after the step (edges put the step between): added NOT NULL, it would fail on a table with rows."""
    filled = {c for s in steps for c in step_refs(s).columns}
    if not filled:
        return groups
    return [[split for op in group for split in _split_add(op, filled)] for group in groups]


def _split_add(op, filled) -> list:
    col = getattr(op, "column", None)
    if not isinstance(op, AddColumn) or (op.table, col.name) not in filled or not col.not_null \
            or col.default is not None or col.identity or col.generated is not None:
        return [op]
    # In the ADD COLUMN's transaction, which holds ACCESS EXCLUSIVE already: the scan adds no wait.
    return [replace(op, column=replace(col, not_null=False)),
            SetColumnNotNull(op.schema, op.table_name, column=col.name, not_null=True, scans=True)]


def ran_order(ops) -> tuple[DataStep, ...]:
    """The data steps of an ordered plan, in the order they run."""
    return tuple(op.step for op in ops if isinstance(op, RunDataStep))


def rank(op) -> int | None:
    return RANK if op.target.kind == KIND else None


# --- edges ------------------------------------------------------------------------------------

def data_step_edges(nodes, current: Database, desired: Database, edges) -> None:
    """The edges placing each data step (graph nodes: .index, .op); `edges[a]` runs before."""
    steps = [n for n in nodes if isinstance(n.op, (RunDataStep, UndoDataStep))]
    if not steps:
        return
    on_table: dict[ObjectId, list] = defaultdict(list)
    for n in nodes:
        if n.op.target.kind != KIND:
            for t in {n.op.target, n.op.table} - {None}:
                on_table[t].append(n)
    named = {n.op.step.name: n for n in steps}
    hinted: dict[int, set[int]] = defaultdict(set)
    for n in steps:  # hints first: a default edge they contradict is left out (they override)
        _hint_edges(n, named, on_table, nodes, (current, desired), hinted)
    for a, after in hinted.items():
        edges[a] |= after
    placed: dict[int, set[int]] = defaultdict(set)
    for n in steps:
        place = _place_run if isinstance(n.op, RunDataStep) else _place_undo
        place(n, on_table, nodes, placed)
    for a, after in placed.items():
        edges[a] |= {b for b in after if a not in hinted.get(b, ())}
    _keep_order(steps, edges)


def _place_run(n, on_table, nodes, edges) -> None:
    refs = step_refs(n.op.step)
    for table in refs.tables:
        readded = {_column(o.op) for o in on_table.get(table, ()) if isinstance(o.op, AddColumn)}
        for other in on_table.get(table, ()):
            if _needs_rows(other.op, refs) or isinstance(other.op, DropTable) or _drops_used(other.op, refs, readded):
                edges[n.index].add(other.index)
            elif other.op.action != "drop":
                edges[other.index].add(n.index)
    for other in _function_ops(nodes, refs.functions):
        if other.op.action != "drop":
            edges[other.index].add(n.index)


def _place_undo(n, on_table, nodes, edges) -> None:
    refs = step_refs(n.op.step, undo=True)
    for table in refs.tables:
        for other in on_table.get(table, ()):
            if _lifts_rule(other.op, refs):
                edges[other.index].add(n.index)
            else:
                edges[n.index].add(other.index)
    for other in _function_ops(nodes, refs.functions):
        if other.op.action == "drop" or other.op.action == "alter":
            edges[n.index].add(other.index)


def _drops_used(op, refs: Refs, readded: set) -> bool:
    """The drop of a column the step mentions (copy, then drop); not one the plan adds back
    (a rebuilt generated column): the step then waits for the new one."""
    return isinstance(op, DropColumn) and op.column.name in refs.names and op.column.name not in readded


def _column(op) -> str | None:
    """The column a table operation is about, if it is about one."""
    if isinstance(op, RenameColumn):
        return op.new_name
    value = op.new if isinstance(op, AlterColumnType) else getattr(op, "column", None)
    return value if value is None or isinstance(value, str) else value.name


def _check_columns(op) -> tuple[str, ...]:
    c = getattr(op, "constraint", None)
    return c.columns if c is not None and c.kind == "c" else ()


def _needs_rows(op, refs: Refs) -> bool:
    """A rule the step's rows must satisfy first: NOT NULL or a CHECK on a column it writes."""
    table = op.table
    written = {c for t, c in refs.columns if t == table}
    if isinstance(op, (SetColumnNotNull, SetNotNullUsingCheck)):
        return op.column in written and getattr(op, "not_null", True)
    if isinstance(op, (AddConstraint, ValidateConstraint)):
        return bool(written & set(_check_columns(op)))
    return False


def _lifts_rule(op, refs: Refs) -> bool:
    """The rollback's inverse of `_needs_rows`: DROP NOT NULL, the drop of such a CHECK."""
    written = {c for t, c in refs.columns if t == op.table}
    if isinstance(op, SetColumnNotNull):
        return not op.not_null and op.column in written
    return isinstance(op, DropConstraint) and bool(written & set(_check_columns(op)))


def _function_ops(nodes, names: frozenset[str]):
    return [n for n in nodes if n.op.target.kind == "function" and n.op.target.name in names]


def _keep_order(steps, edges) -> None:
    """Two steps on a common table keep their order in the plan's list (file order for runs,
    reverse run order for undos), unless a hint already orders them the other way. Each step is
    chained to the next one sharing a table: the order of the rest follows."""
    for i, a in enumerate(steps):
        undo = isinstance(a.op, UndoDataStep)
        mine = step_refs(a.op.step, undo).tables
        b = next((b for b in steps[i + 1:] if mine & step_refs(b.op.step, undo).tables), None)
        if b is not None and not _reachable(b.index, a.index, edges):
            edges[a.index].add(b.index)


def _reachable(start: int, goal: int, edges) -> bool:
    seen, todo = set(), [start]
    while todo:
        i = todo.pop()
        if i == goal:
            return True
        if i not in seen:
            seen.add(i)
            todo.extend(edges.get(i, ()))
    return False


# --- after: / before: ---------------------------------------------------------------------------

Hint = tuple[str, ObjectId, str | None]  # ("step", id, None) | ("table", id, column) | ("function", id, None)


def resolve(name: str, steps: frozenset[str], models: tuple[Database, ...]) -> list[Hint]:
    """What an `after:`/`before:` entry names: a data step, a table (`t`, `s.t`), a column
    (`t.c`, `s.t.c`) or a function (`f`, `s.f`), in either state of the plan."""
    parts, found = name.split("."), []
    if name in steps:
        found.append(("step", ObjectId(KIND, "", name), None))
    for schema, table, column in _table_readings(parts):
        if any(_has(m, table_id(schema, table), column) for m in models):
            found.append(("table", table_id(schema, table), column))
    fname, fschema = parts[-1], parts[0] if len(parts) == 2 else None
    if len(parts) <= 2 and any(f.name == fname and fschema in (None, f.schema)
                               for m in models for f in m.of_kind("function")):
        found.append(("function", ObjectId("function", fschema or "", fname), None))
    return found


def _table_readings(parts: list[str]) -> list[tuple[str, str, str | None]]:
    """(schema, table, column) readings of a dotted name: `a.b` is a table or a column."""
    if len(parts) == 1:
        return [("public", parts[0], None)]
    if len(parts) == 2:
        return [(parts[0], parts[1], None), ("public", parts[0], parts[1])]
    return [(parts[0], parts[1], parts[2])] if len(parts) == 3 else []


def _has(model: Database, table: ObjectId, column: str | None) -> bool:
    obj = model.get(table)
    return obj is not None and (column is None or obj.column(column) is not None)


def check_hints(steps: tuple[DataStep, ...], current: Database, desired: Database) -> None:
    """Every `after:`/`before:` entry names something; a typo is an error, never no edge."""
    names = frozenset(s.name for s in steps)
    for step in steps:
        for key in ("after", "before"):
            for hint in getattr(step, key):
                if not resolve(hint, names, (current, desired)):
                    raise SpecError(f"data step {step.name!r}: {key}: {hint!r} is not a data step, table, "
                                    "column or function of schema.yaml or of the database", step.file,
                                    step.line, f"data.{step.name}.{key}",
                                    "write a table as `table` or `schema.table`, a column as `table.column`")


def _hint_nodes(hint: Hint, named, on_table, nodes) -> list:
    kind, oid, column = hint
    if kind == "step":
        return [named[oid.name]] if oid.name in named else []
    if kind == "function":
        return [n for n in nodes if n.op.target.kind == "function" and n.op.target.name == oid.name
                and oid.schema in ("", n.op.target.schema)]
    return [n for n in on_table.get(oid, ()) if column is None or _column(n.op) == column]


def _hint_edges(n, named, on_table, nodes, models, edges) -> None:
    """`after:` X: the step runs after the steps on X (its undo, before them); `before:` the reverse."""
    undo = isinstance(n.op, UndoDataStep)
    names = frozenset(named)
    for key in ("after", "before"):
        for hint in getattr(n.op.step, key):
            for target in resolve(hint, names, models):
                for other in _hint_nodes(target, named, on_table, nodes):
                    if other.index == n.index:
                        continue
                    first, then = (other, n) if (key == "after") != undo else (n, other)
                    edges[first.index].add(then.index)
