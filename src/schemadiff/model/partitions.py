"""Declarative partitioning: a partitioned table's key, a partition's parent and bound.

Both are held as the catalog prints them (pg_get_partkeydef, pg_get_expr(relpartbound)), split
into typed fields; the scratch build makes the user's text catalog text before any comparison.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, table_id

STRATEGIES = ("range", "list", "hash")


@dataclass(frozen=True, slots=True)
class PartitionKey:
    """PARTITION BY <strategy> (<key>): `key` is the text inside the parentheses (columns,
    expressions, with their collation and operator class), as pg_get_partkeydef prints it."""

    strategy: str  # range | list | hash
    key: str

    def definition(self) -> str:
        return f"{self.strategy.upper()} ({self.key})"


@dataclass(frozen=True, slots=True)
class PartitionOf:
    """PARTITION OF parent <bound>: `bound` is `FOR VALUES ...` or `DEFAULT`."""

    schema: str
    table: str
    bound: str
    # The partition constraint as a CHECK expression (pg_get_partition_constraintdef), read from a
    # catalog only, "" from schema.yaml. Not compared: it follows from the bound. The plan adds it
    # as a validated CHECK before ATTACH and DETACH ... CONCURRENTLY (PostgreSQL then skips the
    # scan, and adds no CHECK of its own): plan/strategies/partitions.py.
    constraint: str = field(default="", compare=False)

    @property
    def parent_id(self) -> ObjectId:
        return table_id(self.schema, self.table)

    @property
    def is_default(self) -> bool:
        return self.bound.upper() == "DEFAULT"


def partition_key(definition: str) -> PartitionKey:
    """`RANGE (created_at)` (pg_get_partkeydef's text, or the user's) as a PartitionKey."""
    word, _, rest = definition.strip().partition(" ")
    rest = rest.strip()
    inner = rest[1:-1].strip() if rest.startswith("(") and rest.endswith(")") else rest
    return PartitionKey(word.lower(), inner)
