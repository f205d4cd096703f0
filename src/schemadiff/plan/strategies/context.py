"""What a strategy may know besides the change itself."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Database, ObjectId


@dataclass(frozen=True)
class Context:
    current: Database  # with declared renames applied
    desired: Database
    # Tables (and materialized views the plan keeps) that exist before the migration. Anything
    # done to them must not hold a long lock; tables created by the plan are empty and invisible
    # to others until commit, so plain DDL is fine.
    existing_tables: frozenset[ObjectId]
    dropped_tables: frozenset[ObjectId]
    # Tables whose columns are dropped, renamed or changed by this plan: an index on them is
    # rebuilt plainly rather than swapped, since the old and new index need different columns.
    reshaped_tables: frozenset[ObjectId] = frozenset()

    def is_existing(self, table: ObjectId) -> bool:
        return table in self.existing_tables
