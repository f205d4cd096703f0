"""Documents for tables: columns, constraints and indexes keyed by name."""

from __future__ import annotations

from typing import Annotated

from .columns import ColumnSpec
from .constraints import CheckSpec, ExclusionSpec, ForeignKeySpec, PrimaryKeySpec, UniqueSpec
from .fields import Name, Spec, SqlText, short_list, short_str
from .indexes import IndexSpec
from .triggers import TriggerSpec
from .security import PolicySpec, RlsSpec

ShortColumn = Annotated[ColumnSpec, short_str("type", "a type name (like text) or a map")]
ShortPrimaryKey = Annotated[PrimaryKeySpec, short_list("columns", "a list of columns or a map")]
ShortUnique = Annotated[UniqueSpec, short_list("columns", "a list of columns or a map")]
ShortCheck = Annotated[CheckSpec, short_str("expression", "an expression or a map")]
ShortExclusion = Annotated[ExclusionSpec, short_str("definition", "a definition or a map")]
ShortIndex = Annotated[IndexSpec, short_list("columns", "a list of columns or a map")]


class TableSpec(Spec):
    comment: SqlText | None = None
    unlogged: bool = False  # CREATE UNLOGGED TABLE; ALTER TABLE SET LOGGED/UNLOGGED rewrites it
    renamed_from: Name | None = None
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
