"""Operations on views and materialized views."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import ObjectId, View
from .base import LOCKS_TABLE, Lock, LockMode, Op


@dataclass(frozen=True)
class CreateView(Op):
    """CREATE [MATERIALIZED] VIEW; a materialized one is created WITH DATA (populated by running
    its query in the migration), so it is never left empty waiting for a REFRESH, unless it is
    declared `populated: false` (WITH NO DATA)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    view: View
    rebuilt: bool = False  # dropped and created again by this plan (it existed before)
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.view.id

    def hazards(self):
        if self.view.materialized and self.rebuilt and self.view.populated:
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


# Matview storage parameters that ALTER MATERIALIZED VIEW SET/RESET takes ACCESS EXCLUSIVE for;
# the others SHARE UPDATE EXCLUSIVE, as for a table (checked in pg_locks on 15 and 18).
_ACCESS_EXCLUSIVE_OPTIONS = frozenset({"user_catalog_table"})


@dataclass(frozen=True)
class SetMatviewStorageParameters(Op):
    """ALTER MATERIALIZED VIEW SET (k = v, ...) / RESET (k, ...): catalog only, no rewrite."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE
    view: View
    set: tuple[str, ...] = ()  # `key=value` entries, as View.options holds them
    reset: tuple[str, ...] = ()  # keys

    @property
    def target(self) -> ObjectId:
        return self.view.id

    def locks(self):
        keys = {e.partition("=")[0] for e in self.set} | set(self.reset)
        mode = LockMode.ACCESS_EXCLUSIVE if keys & _ACCESS_EXCLUSIVE_OPTIONS else self.lock_mode
        return (Lock(mode, self.target),)

    def describe(self) -> str:
        parts = [f"set {', '.join(self.set)}"] if self.set else []
        parts += [f"reset {', '.join(self.reset)}"] if self.reset else []
        return f"storage parameters of materialized view {self.view.schema}.{self.view.name}: {'; '.join(parts)}"


@dataclass(frozen=True)
class RefreshMatview(Op):
    """REFRESH MATERIALIZED VIEW [WITH NO DATA]: `populated: false` made true runs the query (and
    replaces the contents) under ACCESS EXCLUSIVE; made false, empties it and marks it unreadable."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    view: View
    with_data: bool = True

    @property
    def target(self) -> ObjectId:
        return self.view.id

    def hazards(self):
        name = f"{self.view.schema}.{self.view.name}"
        if self.with_data:
            return ((LOCKS_TABLE, f"REFRESH MATERIALIZED VIEW {name} runs its query in the "
                                  "migration and readers wait until it commits"),)
        return ((LOCKS_TABLE, f"REFRESH MATERIALIZED VIEW {name} WITH NO DATA empties it: "
                              "reading it fails until the next REFRESH"),)

    def describe(self) -> str:
        what = "populate" if self.with_data else "empty (WITH NO DATA)"
        return f"{what} materialized view {self.view.schema}.{self.view.name}"
