"""SQL for declarative partitioning: the PARTITION BY and PARTITION OF clauses, attaching and
detaching partitions, and partitioned indexes built one partition at a time."""

from __future__ import annotations

from ..model.partitions import PartitionKey, PartitionOf
from ..plan import ops
from ..quoting import ident, qualified
from .indexes import index_body
from .registry import renders


def partition_by_clause(key: PartitionKey | None) -> str:
    """` PARTITION BY RANGE (created_at)`; the key is SQL text checked by spec/sql_checks.py."""
    return f" PARTITION BY {key.definition()}" if key is not None else ""


def partition_of_clause(parent: PartitionOf) -> str:
    """`PARTITION OF "public"."events" FOR VALUES ...` (or DEFAULT); the bound is SQL text."""
    return f"PARTITION OF {qualified(parent.schema, parent.table)} {parent.bound}"


@renders(ops.AttachPartition)
def _attach(op: ops.AttachPartition) -> list[str]:
    parent = qualified(op.parent.schema, op.parent.table)
    return [f"ALTER TABLE {parent} ATTACH PARTITION {qualified(op.schema, op.table_name)} {op.parent.bound}"]


@renders(ops.AttachPartitionUsingCheck)
def _attach_using_check(op: ops.AttachPartitionUsingCheck) -> list[str]:
    return [*_attach(op), _drop_check_sql(op.schema, op.table_name, op.check_name)]


@renders(ops.DetachPartitionConcurrently)
def _detach_concurrently(op: ops.DetachPartitionConcurrently) -> list[str]:
    return [_detach(op)[0] + " CONCURRENTLY"]


def detach_finalize(parent_schema: str, parent: str, schema: str, table: str) -> str:
    """Finish a DETACH ... CONCURRENTLY left pending by an interruption (apply/tracked.py)."""
    return f"ALTER TABLE {qualified(parent_schema, parent)} DETACH PARTITION {qualified(schema, table)} FINALIZE"


@renders(ops.DropPartitionCheck)
def _drop_check(op: ops.DropPartitionCheck) -> list[str]:
    return [_drop_check_sql(op.schema, op.table_name, op.check_name)]


def _drop_check_sql(schema: str, table: str, name: str) -> str:
    return f"ALTER TABLE {qualified(schema, table)} DROP CONSTRAINT {ident(name)}"


@renders(ops.DetachPartition)
def _detach(op: ops.DetachPartition) -> list[str]:
    parent = qualified(op.parent.schema, op.parent.table)
    return [f"ALTER TABLE {parent} DETACH PARTITION {qualified(op.schema, op.table_name)}"]


@renders(ops.CreateIndexOnOnly)
def _create_on_only(op: ops.CreateIndexOnOnly) -> list[str]:
    i = op.index
    unique = "UNIQUE " if i.unique else ""
    return [f"CREATE {unique}INDEX {ident(i.name)} ON ONLY {qualified(i.schema, i.table)} {index_body(i)}"]


@renders(ops.AttachIndex)
def _attach_index(op: ops.AttachIndex) -> list[str]:
    parent, child = op.index, op.partition_index
    return [f"ALTER INDEX {qualified(parent.schema, parent.name)} ATTACH PARTITION {qualified(child.schema, child.name)}"]
