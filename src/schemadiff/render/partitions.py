"""SQL for declarative partitioning: the PARTITION BY and PARTITION OF clauses, attaching and
detaching partitions, and partitioned indexes built one partition at a time."""

from __future__ import annotations

from ..model.partitions import PartitionKey, PartitionOf
from ..quoting import qualified


def partition_by_clause(key: PartitionKey | None) -> str:
    """` PARTITION BY RANGE (created_at)`; the key is SQL text checked by spec/sql_checks.py."""
    return f" PARTITION BY {key.definition()}" if key is not None else ""


def partition_of_clause(parent: PartitionOf) -> str:
    """`PARTITION OF "public"."events" FOR VALUES ...` (or DEFAULT); the bound is SQL text."""
    return f"PARTITION OF {qualified(parent.schema, parent.table)} {parent.bound}"
