"""Documents for columns, with their column-level constraint shorthands."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, model_validator

from .constraints import Action, Deferrable, Match, Valid
from .fields import Name, Spec, SqlCheck, SqlDefault, SqlGenerated, SqlText, SqlType, SqlUsing, Words, short_str
from .paths import RuleError

# Postgres: "identity column type must be smallint, integer, or bigint".
_IDENTITY_TYPES = {"smallint", "integer", "bigint", "int", "int2", "int4", "int8"}


class ColumnReferenceSpec(Deferrable):
    """`references:` on a column: a foreign key named `<table>_<column>_fkey`."""

    schema_: Name | None = Field(None, alias="schema")
    table: Name
    column: Name | None = None  # default: the referenced table's primary key
    on_delete: Action = "no action"
    on_update: Action = "no action"
    match: Match = "simple"
    valid: Valid = True  # false: NOT VALID, existing rows are not checked

    model_config = Spec.model_config | {"populate_by_name": True}


class IdentitySpec(Spec):
    """`identity: always` is `{generated: always}`; the rest are its sequence's options."""

    generated: Annotated[Literal["always", "by default"], Words]
    start: int | None = None  # Postgres's default: min_value ascending, max_value descending
    increment: int = 1
    min_value: int | None = None  # default: 1 ascending, the type's minimum descending
    max_value: int | None = None  # default: the type's maximum ascending, -1 descending
    cache: int = 1
    cycle: bool = False

    @model_validator(mode="after")
    def _sequence_rules(self):
        if self.increment == 0:
            raise RuleError("increment must not be zero", ("increment",))
        if self.cache < 1:
            raise RuleError("cache must be at least 1", ("cache",))
        return self


class ColumnOptionsSpec(Spec):
    """`options:` on a column: its attribute options, ALTER COLUMN ... SET (...) (PostgreSQL has
    exactly these two; ANALYZE reads them). Positive: a count of distinct values; -1 to 0: that
    fraction of the rows (-1: every value distinct)."""

    n_distinct: Annotated[float, Field(ge=-1)] | None = None
    n_distinct_inherited: Annotated[float, Field(ge=-1)] | None = None  # over its inheritance tree


class ColumnSpec(Spec):
    type: SqlType
    not_null: bool = False
    default: SqlDefault | None = None
    identity: Annotated[
        IdentitySpec, short_str("generated", "always, by default, or a map {generated, start, ...}")
    ] | None = None
    generated: SqlGenerated | None = None  # GENERATED ALWAYS AS (expr) STORED
    collation: Name | None = None
    # ALTER COLUMN ... SET STATISTICS: ANALYZE's sample for this column; unset, the server's
    # default_statistics_target. No rewrite, SHARE UPDATE EXCLUSIVE.
    statistics: Annotated[int, Field(ge=0, le=10000)] | None = None
    # SET COMPRESSION: how values TOASTed from now on are compressed (existing ones stay as they
    # are); lz4 needs a server built with it. Unset: the server's default_toast_compression.
    compression: Annotated[Literal["pglz", "lz4"], Words] | None = None
    # SET STORAGE: whether values are compressed and moved out of line (TOAST). Unset: the type's
    # own; a type of fixed length takes only plain (the scratch build refuses it, naming the column).
    storage: Annotated[Literal["plain", "external", "extended", "main"], Words] | None = None
    options: ColumnOptionsSpec | None = None  # SET (n_distinct = ...) / RESET (...)
    comment: SqlText | None = None
    renamed_from: Name | None = None
    using: SqlUsing | None = None  # ALTER COLUMN ... TYPE ... USING (expr), when the type changes
    primary_key: bool = False
    unique: bool = False
    check: SqlCheck | None = None
    references: Annotated[
        ColumnReferenceSpec, short_str("table", "a table name or a map {table, column, ...}")
    ] | None = None

    @model_validator(mode="after")
    def _postgres_rules(self):
        # The combinations CREATE TABLE refuses, reported here with the key to fix.
        if self.identity and self.default is not None:
            raise RuleError("a column cannot have both identity and default", ("default",))
        if self.generated is not None and self.default is not None:
            raise RuleError("a generated column cannot have a default", ("default",))
        if self.identity and self.generated is not None:
            raise RuleError("a column cannot be both identity and generated", ("generated",))
        if self.identity and _base_type(self.type) not in _IDENTITY_TYPES:
            raise RuleError(f"identity needs smallint, integer or bigint, not {self.type!r}",
                            ("identity",))
        return self


def _base_type(sql_type: str) -> str:
    return re.sub(r"^pg_catalog\.", "", " ".join(sql_type.lower().split()))
