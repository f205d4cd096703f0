"""Operations on views and materialized views."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import ObjectId, View
from .base import LOCKS_TABLE, LockMode, Op


@dataclass(frozen=True)
class CreateView(Op):
    """CREATE [MATERIALIZED] VIEW; a materialized one is created WITH DATA (populated by running
    its query in the migration), so it is never left empty waiting for a REFRESH."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    view: View
    rebuilt: bool = False  # dropped and created again by this plan (it existed before)
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.view.id

    def hazards(self):
        if self.view.materialized and self.rebuilt:
            return ((LOCKS_TABLE, f"materialized view {self.view.name} is rebuilt WITH DATA: its "
                                  "query runs in the migration and readers wait until it commits"),)
        return ()

    def describe(self) -> str:
        kind = "materialized view" if self.view.materialized else "view"
        return f"create {kind} {self.view.schema}.{self.view.name}"


@dataclass(frozen=True)
class ReplaceView(Op):
    """CREATE OR REPLACE VIEW: same columns (new ones only appended), so dependants stay."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    old: View
    new: View

    @property
    def target(self) -> ObjectId:
        return self.new.id

    def describe(self) -> str:
        return f"replace view {self.new.schema}.{self.new.name}"


@dataclass(frozen=True)
class DropView(Op):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    view: View
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.view.id

    def describe(self) -> str:
        kind = "materialized view" if self.view.materialized else "view"
        return f"drop {kind} {self.view.schema}.{self.view.name}"
