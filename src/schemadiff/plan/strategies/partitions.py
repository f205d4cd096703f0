"""Partitioning in the plan: attach, detach and re-bound partitions; build an index on a
partitioned table in use without locking it for the whole build."""

from __future__ import annotations

from dataclasses import replace

from ...errors import UnsupportedChange
from ...diff.partitions import parent_columns
from ...model import Constraint, Database, Index, Table
from ...model.partitions import PartitionOf
from ...model.naming import make_object_name
from .. import ops
from ...sqltree import index_column_name
from .context import Context


def partition_ops(old: Table, new: Table, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    """The partition key and the parent/bound of a table that exists on both sides."""
    if "partition_by" in fields:
        raise UnsupportedChange(
            f"{new.id.display()}: PostgreSQL cannot change a table's partitioning in place "
            f"({_key(old)} -> {_key(new)}); create a new table under another name and move the "
            f"rows with a data step")
    if "partition_of" not in fields:
        return []
    out: list[ops.Op] = []
    if old.partition_of is not None and new.partition_of is None:
        _refuse_copies(old, ctx.current, "detaching it would leave it its own copies of its parent's")
    if new.partition_of is not None and old.partition_of is None:
        _refuse_copies(old, ctx.current, "attaching it would make copies of its parent's out of its own", own=True)
    if old.partition_of is not None:
        out += _detach(old, new, ctx)
    if new.partition_of is not None:
        out += _attach(old, new, ctx)
    return out


def _helper_check(table: Table, bound: PartitionOf) -> Constraint:
    """A CHECK equal to the partition constraint, under a name schemadiff picks (the partition's
    own `<table>_<col>_check` is the one PostgreSQL would pick, so not that)."""
    name = make_object_name(table.name, "bound", "schemadiff")
    return Constraint(table.schema, table.name, name, "c", expression=bound.constraint)


def _bound_checkable(db: Database, table: Table) -> bool:
    """Whether the partition constraint can be a helper CHECK: not under a HASH key anywhere up
    the tree, whose constraint calls satisfies_hash_partition() with the parent's OID, which differs
    between the database it was read in (the scratch build, for an ATTACH) and the target."""
    if not table.partition_of.constraint:
        return False
    for parent in _ancestors(db, table):
        t = db.get(parent)
        if not isinstance(t, Table) or t.partition_by is None or t.partition_by.strategy == "hash":
            return False
    return True


def _attach(old: Table, new: Table, ctx: Context) -> list[ops.Op]:
    """ATTACH scans the table under ACCESS EXCLUSIVE to check its rows against the bound, unless a
    valid CHECK implies it. The safe recipe: that CHECK NOT VALID (brief lock), VALIDATE (SHARE
    UPDATE EXCLUSIVE, writers go on), ATTACH (no scan), drop the CHECK. The bound as a CHECK is
    PostgreSQL's own (pg_get_partition_constraintdef, read in the scratch build)."""
    default = _default_of(ctx.current, new)
    if old.partition_of is not None or not _bound_checkable(ctx.desired, new):  # a re-bound: DETACH first
        return [ops.AttachPartition(new.schema, new.name, new.partition_of, default_partition=default)]
    check = _helper_check(new, new.partition_of)
    return [ops.AddConstraint(check, not_valid=True), ops.ValidateConstraint(check),
            ops.AttachPartitionUsingCheck(new.schema, new.name, new.partition_of,
                                          default_partition=default, check_name=check.name)]


def _refuse_copies(table: Table, db: Database, what: str, own: bool = False) -> None:
    """A partition holds copies of its ancestors' indexes and keys, under names PostgreSQL picks
    and the model does not see (diff at the parent): once detached they are the table's own, and
    an attached table's matching indexes become such copies. schema.yaml cannot name them ahead."""
    sources = [table.id] if own else _ancestors(db, table)
    found = sorted(o.name for t in sources for o in db.indexes_of(t) + db.constraints_of(t))
    if found:
        raise UnsupportedChange(
            f"{table.id.display()}: {what} the indexes and constraints {', '.join(found)}; schemadiff "
            f"cannot plan that yet: run ALTER TABLE ... {'ATTACH' if own else 'DETACH'} PARTITION by "
            f"hand, then `schemadiff dump` the table's block")


def _ancestors(db: Database, table: Table) -> list:
    out, t = [], table
    while isinstance(t, Table) and t.partition_of is not None and t.partition_of.parent_id not in out:
        out.append(t.partition_of.parent_id)
        t = db.get(t.partition_of.parent_id)
    return out


def _key(t: Table) -> str:
    return f"PARTITION BY {t.partition_by.definition()}" if t.partition_by else "not partitioned"


def _detach(old: Table, new: Table, ctx: Context) -> list[ops.Op]:
    """DETACH ... CONCURRENTLY where it applies (parent and partition stay readable and writable,
    the partition's ACCESS EXCLUSIVE comes at the end, after older transactions), else plain
    DETACH: catalog only, but ACCESS EXCLUSIVE on the parent (every query on it waits)."""
    if not _detaches_concurrently(old, new, ctx):
        return [ops.DetachPartition(old.schema, old.name, old.partition_of,
                                    default_partition=_default_of(ctx.current, old))]
    # CONCURRENTLY leaves a CHECK copying the bound under a name PostgreSQL picks, unless a valid
    # CHECK implies the bound already (checked on 15 and 18): so the plan adds its own, validated,
    # and drops it once the table is detached.
    check = _helper_check(old, old.partition_of)
    return [ops.AddConstraint(check, not_valid=True), ops.ValidateConstraint(check),
            ops.DetachPartitionConcurrently(old.schema, old.name, old.partition_of, check_name=check.name),
            ops.DropPartitionCheck(old.schema, old.name, old.partition_of, check_name=check.name)]


def _detaches_concurrently(old: Table, new: Table, ctx: Context) -> bool:
    """PostgreSQL 14+; refused while the parent has a default partition (either side: the detach
    runs after the main transaction); not for a re-bound (DETACH + ATTACH in one transaction), a
    sub-partitioned partition, or a table that changes columns (which must wait for the detach,
    and PostgreSQL refuses column changes on a partition)."""
    parent = old.partition_of.parent_id
    version = ctx.current.server_version or ctx.desired.server_version
    defaults = [t for db in (ctx.current, ctx.desired) for t in partitions_of(db, parent) if t.partition_of.is_default]
    return (new.partition_of is None and old.partition_by is None and _bound_checkable(ctx.current, old)
            and version >= 140000 and not defaults
            and new.columns == parent_columns(ctx.current, old) == parent_columns(ctx.desired, old))


def _default_of(db: Database, table: Table):
    """The default partition an ATTACH to the same parent scans (another table than this one)."""
    return next((t.id for t in partitions_of(db, table.partition_of.parent_id)
                 if t.partition_of.is_default and t.id != table.id), None)


def partitions_of(db: Database, table) -> list[Table]:
    return [t for t in db.tables() if t.partition_of is not None and t.partition_of.parent_id == table]


def partitioned_index_ops(index: Index, ctx: Context) -> list[ops.Op] | None:
    """On a partitioned table in use: the index ON ONLY the parent, each existing partition's index
    built concurrently and attached (PostgreSQL refuses CONCURRENTLY on a partitioned table, and a
    plain build holds SHARE on every partition until the last is done). None: not that case."""
    table = ctx.desired.get(index.table_id)
    if not isinstance(table, Table) or table.partition_by is None or not ctx.is_existing(index.table_id):
        return None
    # Partitions the plan creates or (re)attaches get their copy of the index from PostgreSQL
    # then, after it (plan/dependencies.py orders them so): only those staying put build one here.
    existing = [p for p in partitions_of(ctx.desired, table.id)
                if ctx.is_existing(p.id) and _stays(ctx.current.get(p.id), p)]
    if not existing:
        return None
    out: list[ops.Op] = [ops.CreateIndexOnOnly(index)]
    for part in existing:
        out += _partition_index_ops(index, part, ctx)
    return out


def _column_names(index: Index) -> str:
    """The name PostgreSQL gives a partition's copy of an index (ChooseIndexColumnNames): its key
    and INCLUDE columns joined by `_`, an expression by its function (sqltree.index_column_name),
    a repeated name numbered (`lower1`), so a database built from scratch and one migrated here name
    each partition's index alike."""
    names: list[str] = []
    keys = [k.column or index_column_name(k.expression or "") for k in index.keys]
    for name in keys + list(index.include):
        base, n = name, 0
        while name in names:
            n += 1
            name = f"{base}{n}"
        names.append(name)
    return "_".join(names)[:63]


def _stays(old, new: Table) -> bool:
    return isinstance(old, Table) and old.partition_of == new.partition_of


def _partition_index_ops(parent_index: Index, part: Table, ctx: Context) -> list[ops.Op]:
    name = make_object_name(part.name, _column_names(parent_index), "idx")
    child = replace(parent_index, schema=part.schema, name=name, table=part.name, comment=None)
    nested = partitioned_index_ops(child, ctx)
    build = nested if nested is not None else [ops.CreateIndex(child, concurrently=True)]
    return [*build, ops.AttachIndex(parent_index, child)]


def is_partitioned(db: Database, table) -> bool:
    t = db.get(table)
    return isinstance(t, Table) and t.partition_by is not None


def partitioned_needs_plain_add(c, ctx: Context) -> bool:
    """On a partitioned table PostgreSQL refuses the online forms: a key cannot adopt an index
    (ADD ... USING INDEX, and CREATE INDEX CONCURRENTLY is refused too), and before 18 a foreign
    key cannot be added NOT VALID. Those are added plainly, scanning each partition under lock."""
    if not is_partitioned(ctx.desired, c.table_id):
        return False
    version = ctx.current.server_version or ctx.desired.server_version
    return c.kind in ("u", "p", "x") or (c.kind == "f" and 0 < version < 180000)
