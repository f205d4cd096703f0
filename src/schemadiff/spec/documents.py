"""The pydantic documents of schema.yaml, one class per block of the reference."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, PrivateAttr, model_validator

from . import rules
from .columns import ColumnReferenceSpec, ColumnSpec
from .constraints import (
    CheckSpec, ExclusionSpec, ForeignKeySpec, ForeignKeyTarget, PrimaryKeySpec, UniqueSpec,
)
from .fields import Name, Spec, SqlText, empty_ok, short_list
from .indexes import IndexSpec
from .paths import Path
from .tables import TableSpec
from .yaml_lines import LineMap
from .cron import CronSpec  # the `cron:` block (pg_cron jobs)
from .data_steps import DataStepSpec  # the `data:` block (data steps, run once)
from . import view_rules
from .domains import DomainSpec
from .collations import CollationSpec
from .default_privileges import DefaultPrivilegesSpec
from .aggregates import AggregateSpec
from .fields import short_str
from .security import GrantsSpec
from .views import ViewSpec
from . import routine_rules  # functions, procedures, triggers
from .routines import FunctionSpec, ProcedureSpec

__all__ = [
    "CheckSpec", "ColumnReferenceSpec", "ColumnSpec", "EnumSpec", "ExclusionSpec",
    "ExtensionSpec", "ForeignKeySpec", "ForeignKeyTarget", "IndexSpec", "PrimaryKeySpec",
    "SchemaSpec", "SequenceSpec", "SpecDocument", "TableSpec", "UniqueSpec",
]


def _label(value: str) -> str:
    if len(value.encode("utf-8")) > 63:  # NAMEDATALEN - 1, the same limit as names
        raise ValueError(f"enum label {value!r} is longer than 63 bytes")
    return value


class EnumSpec(Spec):
    values: list[Annotated[SqlText, AfterValidator(_label)]]
    comment: SqlText | None = None

    @model_validator(mode="after")
    def _distinct(self):
        rules.check_distinct(self.values, ("values",), "enum label")
        return self


def default_start(increment: int, min_value: int | None, max_value: int | None) -> int:
    """CREATE SEQUENCE's default start: the minimum ascending, the maximum descending."""
    if increment > 0:
        return min_value if min_value is not None else 1
    return max_value if max_value is not None else -1


class SequenceSpec(Spec):
    type: Literal["smallint", "integer", "bigint"] = "bigint"
    start: int | None = None  # Postgres's default: min_value ascending, max_value descending
    increment: int = 1
    min_value: int | None = None
    max_value: int | None = None
    cache: int = 1
    cycle: bool = False
    owned_by: SqlText | None = None  # `table.column` in this schema (names, not SQL)
    comment: SqlText | None = None
    # CREATE UNLOGGED SEQUENCE (15+); ALTER SEQUENCE SET LOGGED/UNLOGGED. Unset: as the table
    # named by owned_by (PostgreSQL makes an unlogged table's sequences unlogged), else logged.
    unlogged: bool | None = None


class ExtensionSpec(Spec):
    schema_: Name | None = Field(None, alias="schema")

    model_config = Spec.model_config | {"populate_by_name": True}


class SchemaSpec(Spec):
    comment: SqlText | None = None
    collations: dict[Name, CollationSpec] = {}  # spec/collations.py
    enums: dict[Name, Annotated[EnumSpec, short_list("values", "a list of values or a map")]] = {}
    sequences: dict[Name, Annotated[SequenceSpec, empty_ok("a map of sequence settings")]] = {}
    tables: dict[Name, Annotated[TableSpec, empty_ok("a map with columns:")]] = {}
    # views, domains, grants (spec/views.py, spec/domains.py, spec/security.py)
    domains: dict[Name, Annotated[DomainSpec, short_str("type", "a type name or a map")]] = {}
    views: dict[Name, Annotated[ViewSpec, short_str("query", "a query or a map")]] = {}
    grants: GrantsSpec | None = None
    # functions and procedures (spec/routines.py); a key may be `name(types)` for an overload
    functions: dict[SqlText, FunctionSpec] = {}
    procedures: dict[SqlText, ProcedureSpec] = {}
    aggregates: dict[SqlText, AggregateSpec] = {}  # `name(types)` (spec/aggregates.py)

    @model_validator(mode="after")
    def _schema_rules(self):
        rules.check_schema(self)
        view_rules.check_schema(self)
        routine_rules.check_schema(self)
        return self


class SpecDocument(Spec):
    """A whole schema.yaml, as written, shorthands expanded."""

    # Template folders, relative to this file, searched before the shipped library (spec/templates.py).
    templates: list[SqlText] = []
    extensions: dict[Name, Annotated[ExtensionSpec, empty_ok("a map like {schema: public}")]] = {}
    schemas: dict[Name, Annotated[SchemaSpec, empty_ok("a map with tables:, enums:, ...")]] = {}
    cron: Annotated[CronSpec, empty_ok("a map with jobs:")] = CronSpec()  # pg_cron jobs (spec/cron.py)
    data: dict[Name, DataStepSpec] = {}  # data steps, each run once (spec/data_steps.py)
    default_privileges: DefaultPrivilegesSpec = []  # ALTER DEFAULT PRIVILEGES (spec/default_privileges.py)

    _file: str = PrivateAttr("schema.yaml")
    _lines: LineMap = PrivateAttr(default_factory=LineMap)

    @model_validator(mode="after")
    def _document_rules(self):
        rules.check_document(self)
        return self

    def located(self, file: str, lines: LineMap) -> SpecDocument:
        """Remember where the document came from, for errors found after loading."""
        self._file, self._lines = file, lines
        return self

    @property
    def file(self) -> str:
        return self._file

    def line_of(self, path: Path) -> int | None:
        return self._lines.line(path)
