"""Tables and their columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, table_id
from .kinds import register_kind


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # as format_type() prints it with search_path='': `character varying(255)`, `public.status`
    not_null: bool = False
    default: str | None = None  # pg_get_expr() text, or the user's text before canonicalisation
    identity: str | None = None  # "always" | "by default"
    generated: str | None = None  # expression of a STORED generated column
    collation: str | None = None  # only when it differs from the type's default
    comment: str | None = None
    renamed_from: str | None = field(default=None, compare=False)
    # How existing values convert when the type changes (ALTER COLUMN ... TYPE ... USING); like
    # renamed_from, an instruction for this plan, not state: the catalog never holds it.
    using: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Table:
    schema: str
    name: str
    columns: tuple[Column, ...] = ()
    comment: str | None = None
    renamed_from: str | None = field(default=None, compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)
    rls_enabled: bool = False  # ALTER TABLE ... ENABLE ROW LEVEL SECURITY
    rls_forced: bool = False  # ... FORCE ROW LEVEL SECURITY (applies to the owner too)
    unlogged: bool = False  # CREATE UNLOGGED TABLE: no WAL, emptied after a crash, not replicated

    @property
    def id(self) -> ObjectId:
        return table_id(self.schema, self.name)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


register_kind("table", Table, family="tables", rank=70)
