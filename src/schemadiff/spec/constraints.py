"""Documents for table constraints: primary key, unique, check, foreign key, exclusion."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .fields import Name, Spec, SqlCheck, SqlExclusion, SqlText, SqlWhere, Words, short_str
from .indexes import ParameterName, ParameterValue
from .paths import RuleError

Action = Annotated[Literal["no action", "restrict", "cascade", "set null", "set default"], Words]
Match = Annotated[Literal["simple", "full"], Words]
Columns = Annotated[list[Name], Field(min_length=1)]


class Deferrable(Spec):
    """DEFERRABLE / INITIALLY DEFERRED, shared by the constraints that accept them."""

    deferrable: bool | None = None
    initially_deferred: bool = False

    @model_validator(mode="after")
    def _deferred_needs_deferrable(self):
        if self.initially_deferred and self.deferrable is False:
            raise RuleError("initially_deferred needs deferrable: true", ("initially_deferred",))
        return self

    @property
    def is_deferrable(self) -> bool:
        return bool(self.deferrable or self.initially_deferred)


class KeyIndexSpec(Deferrable):
    """What a primary key and a unique constraint share: their columns and their index's storage
    parameters, `WITH (...)` (fillfactor, deduplicate_items), changed in place like an index's."""

    columns: Columns
    with_: dict[ParameterName, ParameterValue] = Field({}, alias="with")

    model_config = Deferrable.model_config | {"populate_by_name": True}


class PrimaryKeySpec(KeyIndexSpec):
    name: Name | None = None
    comment: SqlText | None = None


class UniqueSpec(KeyIndexSpec):
    nulls_not_distinct: bool = False
    where: SqlWhere | None = None  # a partial unique index: Postgres has no partial constraint
    comment: SqlText | None = None

    @model_validator(mode="after")
    def _index_cannot_defer(self):
        if self.where is not None and self.is_deferrable:
            raise RuleError("a unique entry with `where` becomes an index, which cannot be "
                            "deferrable", ("deferrable",))
        return self


# `valid: false` is NOT VALID: enforced for rows written from now on, existing rows not checked.
# PostgreSQL allows it only on CHECK and FOREIGN KEY constraints (and NOT NULL in 18, which the
# model keeps on the column); planned both ways (plan/strategies/constraints.py).
Valid = Annotated[bool, Field(description="false: NOT VALID (existing rows are not checked)")]


class CheckSpec(Spec):
    expression: SqlCheck
    valid: Valid = True
    no_inherit: bool = False  # NO INHERIT: not copied to tables that inherit this one
    comment: SqlText | None = None


class ForeignKeyTarget(Spec):
    schema_: Name | None = Field(None, alias="schema")  # default: the table's own schema
    table: Name
    columns: list[Name] | None = None  # default: the referenced table's primary key

    model_config = Spec.model_config | {"populate_by_name": True}


class ForeignKeySpec(Deferrable):
    columns: Columns
    references: Annotated[
        ForeignKeyTarget, short_str("table", "a table name or a map {schema, table, columns}")
    ]
    on_delete: Action = "no action"
    on_update: Action = "no action"
    match: Match = "simple"
    valid: Valid = True
    comment: SqlText | None = None


class ExclusionSpec(Spec):
    definition: SqlExclusion  # pg_get_constraintdef text: `EXCLUDE USING gist (room WITH =, ...)`
    comment: SqlText | None = None
