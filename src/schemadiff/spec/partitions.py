"""schema.yaml's partitioning keys: `partition_by:` on a partitioned table, `partition_of:` on a
partition (whose columns are its parent's, so its block lists none)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from ..model.partitions import PartitionKey, PartitionOf, partition_key
from . import sql_checks
from .fields import Name, SqlText, Spec, short_str


def _bound(text: str) -> str:
    if text.strip().lower() != "default":
        sql_checks.partition_bound(text, "a partition bound (`values`)")
    return text


class PartitionOfSpec(Spec):
    """`partition_of: {table: events, values: "FROM ('2024-01-01') TO ('2025-01-01')"}`."""

    schema_: Name | None = Field(None, alias="schema")  # default: the partition's own schema
    table: Name
    # what follows FOR VALUES (FROM ... TO ..., IN (...), WITH (MODULUS m, REMAINDER r)), or default
    values: Annotated[SqlText, AfterValidator(_bound)]

    model_config = Spec.model_config | {"populate_by_name": True}

    def model(self, own_schema: str) -> PartitionOf:
        bound = "DEFAULT" if self.values.strip().lower() == "default" else f"FOR VALUES {self.values.strip()}"
        return PartitionOf(self.schema_ or own_schema, self.table, bound)




def key_model(text: str | None) -> PartitionKey | None:
    return partition_key(text) if text is not None else None


def dump_partition_of(parent: PartitionOf, own_schema: str) -> dict:
    """The `partition_of:` block of a partition read from a catalog."""
    block: dict = {} if parent.schema == own_schema else {"schema": parent.schema}
    values = "default" if parent.is_default else parent.bound.removeprefix("FOR VALUES ").strip()
    return block | {"table": parent.table, "values": values}


def with_parent_columns(table, tables: dict):
    """A partition's block with the columns of its partitioned ancestor in `tables` (same schema),
    for the rules and builders that read a table's columns; the block itself lists none."""
    seen = set()
    spec = table
    while spec.partition_of is not None and spec.partition_of.schema_ is None:
        name = spec.partition_of.table
        if name in seen or name not in tables:
            return table
        seen.add(name)
        spec = tables[name]
    return table.model_copy(update={"columns": spec.columns}) if spec.partition_of is None else table
