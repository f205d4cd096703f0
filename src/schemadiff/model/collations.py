"""Collations (`CREATE COLLATION`): a provider and its locale settings, all fixed at creation."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId
from .kinds import register_kind


def collation_id(schema: str, name: str) -> ObjectId:
    return ObjectId("collation", schema, name)


@dataclass(frozen=True, slots=True)
class Collation:
    schema: str
    name: str
    provider: str = "libc"  # "libc", "icu" or "builtin" (PostgreSQL 17+)
    # icu and builtin: the locale; libc keeps None here and says lc_collate / lc_ctype instead
    # (PostgreSQL 15 also fills those for icu; the reader drops them so both versions agree).
    locale: str | None = None
    lc_collate: str | None = None
    lc_ctype: str | None = None
    deterministic: bool = True
    comment: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return collation_id(self.schema, self.name)


# After schemas, before every kind whose columns or expressions can name a collation.
register_kind("collation", Collation, family="collations", rank=25)
