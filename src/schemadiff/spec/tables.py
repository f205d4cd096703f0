"""Documents for tables: columns, constraints and indexes keyed by name."""

from __future__ import annotations

import difflib
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from .columns import ColumnSpec
from .constraints import CheckSpec, ExclusionSpec, ForeignKeySpec, PrimaryKeySpec, UniqueSpec
from .fields import Name, Spec, SqlPartitionKey, SqlText, Words, short_list, short_str
from .partitions import PartitionOfSpec
from .paths import RuleError
from ..model.tables import storage_option
from .indexes import IndexSpec
from .triggers import TriggerSpec
from .security import PolicySpec, RlsSpec

ShortColumn = Annotated[ColumnSpec, short_str("type", "a type name (like text) or a map")]
ShortPrimaryKey = Annotated[PrimaryKeySpec, short_list("columns", "a list of columns or a map")]
ShortUnique = Annotated[UniqueSpec, short_list("columns", "a list of columns or a map")]
ShortCheck = Annotated[CheckSpec, short_str("expression", "an expression or a map")]
ShortExclusion = Annotated[ExclusionSpec, short_str("definition", "a definition or a map")]
ShortIndex = Annotated[IndexSpec, short_list("columns", "a list of columns or a map")]


# The table storage parameters of PostgreSQL 15 to 18 ("Storage Parameters" in CREATE TABLE);
# the server refuses one it does not have (autovacuum_vacuum_max_threshold is 18's) when the
# file is validated. `toast.` takes the vacuum ones.
_VACUUM_PARAMETERS = {
    "autovacuum_enabled", "autovacuum_vacuum_threshold", "autovacuum_vacuum_max_threshold",
    "autovacuum_vacuum_scale_factor", "autovacuum_vacuum_insert_threshold",
    "autovacuum_vacuum_insert_scale_factor", "autovacuum_vacuum_cost_delay",
    "autovacuum_vacuum_cost_limit", "autovacuum_freeze_min_age", "autovacuum_freeze_max_age",
    "autovacuum_freeze_table_age", "autovacuum_multixact_freeze_min_age",
    "autovacuum_multixact_freeze_max_age", "autovacuum_multixact_freeze_table_age",
    "log_autovacuum_min_duration", "vacuum_index_cleanup", "vacuum_truncate",
    "vacuum_max_eager_freeze_failure_rate",
}
STORAGE_PARAMETERS = frozenset(
    _VACUUM_PARAMETERS | {"fillfactor", "toast_tuple_target", "parallel_workers",
                          "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor",
                          "user_catalog_table"}
    | {f"toast.{k}" for k in _VACUUM_PARAMETERS})

StorageValue = bool | int | float | str


class ReplicaIndexSpec(Spec):
    """`replica_identity: {index: name}`: REPLICA IDENTITY USING INDEX (unique, not partial,
    on NOT NULL columns; a primary key's or unique constraint's index is named like it)."""

    index: Name


class TableSpec(Spec):
    comment: SqlText | None = None
    unlogged: bool = False  # CREATE UNLOGGED TABLE; ALTER TABLE SET LOGGED/UNLOGGED rewrites it
    # storage parameters: WITH (...) on create, ALTER TABLE SET/RESET (no rewrite) after
    with_: dict[str, StorageValue] = Field({}, alias="with")
    replica_identity: Annotated[Literal["default", "full", "nothing"], Words] | ReplicaIndexSpec = "default"
    renamed_from: Name | None = None
    partition_by: SqlPartitionKey | None = None  # RANGE (created_at): a partitioned table
    partition_of: PartitionOfSpec | None = None  # a partition (spec/partitions.py): no columns
    # INHERITS (parent, ...), in order: `name` in this schema or `schema.name`. The table then
    # lists only its own columns; those it inherits and does not declare are the parent's.
    inherits: list[Name] = []
    columns: dict[Name, ShortColumn] = {}  # in table order
    primary_key: ShortPrimaryKey | None = None
    unique: dict[Name, ShortUnique] = {}
    checks: dict[Name, ShortCheck] = {}
    foreign_keys: dict[Name, ForeignKeySpec] = {}
    exclusions: dict[Name, ShortExclusion] = {}
    indexes: dict[Name, ShortIndex] = {}
    triggers: dict[Name, TriggerSpec] = {}  # spec/triggers.py
    rls: RlsSpec | None = None  # row-level security (spec/security.py)
    policies: dict[Name, PolicySpec] = {}

    model_config = Spec.model_config | {"populate_by_name": True}

    @field_validator("with_")
    @classmethod
    def _known_parameters(cls, value: dict) -> dict:
        return known_storage_parameters(value)

    @model_validator(mode="after")
    def _partition_has_no_columns(self):
        # CREATE TABLE ... PARTITION OF takes the parent's columns; it cannot add any.
        if self.partition_of is not None and self.columns:
            raise RuleError("a partition's columns are its parent's: list none here",
                            ("columns",), "declare columns on the partitioned table")
        return self

    def option_list(self) -> tuple[str, ...]:
        """Table.options: the parameters as the catalog reports them (model.tables.storage_option)."""
        return storage_option_list(self.with_)

    def parents(self, schema: str) -> tuple[tuple[str, str], ...]:
        """Table.inherits: each parent as (schema, name); a name with a dot is schema-qualified."""
        return tuple(tuple(p.split(".", 1)) if "." in p else (schema, p) for p in self.inherits)

    def replica_kind(self) -> str:
        return "index" if isinstance(self.replica_identity, ReplicaIndexSpec) else self.replica_identity

    def replica_index(self) -> str | None:
        ri = self.replica_identity
        return ri.index if isinstance(ri, ReplicaIndexSpec) else None


def known_storage_parameters(value: dict) -> dict:
    """`with:` of a table or materialized view: every key one of STORAGE_PARAMETERS."""
    for key in value:
        if key not in STORAGE_PARAMETERS:
            close = difflib.get_close_matches(key, sorted(STORAGE_PARAMETERS), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "see CREATE TABLE's storage parameters"
            raise RuleError(f"unknown storage parameter {key!r}", (key,), hint)
    return value


def storage_option_list(with_: dict[str, StorageValue]) -> tuple[str, ...]:
    """`with:` as the catalog reports it, sorted (model.tables.storage_option)."""
    return tuple(sorted(storage_option(k, _text(v)) for k, v in with_.items()))


def _text(value: StorageValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
