"""Documents for indexes."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .fields import Name, Spec, SqlText, SqlWhere

Method = Literal["btree", "hash", "gin", "gist", "brin", "spgist"]


class IndexSpec(Spec):
    # A column name (optionally followed by COLLATE, an opclass, ASC/DESC, NULLS FIRST/LAST)
    # or an expression: `lower(email)`, `created_at DESC NULLS LAST`.
    columns: Annotated[list[SqlText], Field(min_length=1)]
    unique: bool = False
    method: Method = "btree"
    include: list[Name] = []
    where: SqlWhere | None = None
    nulls_not_distinct: bool = False  # PostgreSQL 15+
    comment: SqlText | None = None
