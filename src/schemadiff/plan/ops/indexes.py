"""Operations on indexes."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Index, ObjectId
from .base import INDEX_BUILD, Lock, LockMode, Op, Phase


@dataclass(frozen=True)
class _OnIndex(Op):
    """An operation on one index, which locks its table."""

    index: Index

    @property
    def target(self) -> ObjectId:
        return self.index.id

    @property
    def table(self) -> ObjectId:
        return self.index.table_id


@dataclass(frozen=True)
class CreateIndex(_OnIndex):
    concurrently: bool = False
    action = "create"

    @property
    def lock_mode(self) -> LockMode:  # type: ignore[override]
        # CONCURRENTLY: SHARE UPDATE EXCLUSIVE, writes go on; plain CREATE INDEX: SHARE blocks them
        return LockMode.SHARE_UPDATE_EXCLUSIVE if self.concurrently else LockMode.SHARE

    @property
    def phase(self) -> Phase:  # type: ignore[override]
        return Phase.AFTER if self.concurrently else Phase.MAIN

    @property
    def concurrent(self) -> bool:  # type: ignore[override]
        return self.concurrently

    def hazards(self):
        if self.concurrently:
            return ((INDEX_BUILD, f"builds {self.index.name} concurrently: slower, no write lock; resumable"),)
        return ()

    def describe(self) -> str:
        how = " concurrently" if self.concurrently else ""
        return f"create{' unique' if self.index.unique else ''} index {self.index.name} on {self.index.table}{how}"


@dataclass(frozen=True)
class DropIndex(_OnIndex):
    concurrently: bool = False
    action = "drop"

    @property
    def lock_mode(self) -> LockMode:  # type: ignore[override]
        return LockMode.SHARE_UPDATE_EXCLUSIVE if self.concurrently else LockMode.ACCESS_EXCLUSIVE

    @property
    def phase(self) -> Phase:  # type: ignore[override]
        return Phase.AFTER if self.concurrently else Phase.MAIN

    @property
    def concurrent(self) -> bool:  # type: ignore[override]
        return self.concurrently

    def describe(self) -> str:
        return f"drop index {self.index.name}{' concurrently' if self.concurrently else ''}"


@dataclass(frozen=True)
class RenameIndex(_OnIndex):
    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE  # on the index only, not its table (PostgreSQL 12+)
    old_name: str
    action = "rename"

    def locks(self) -> tuple[Lock, ...]:
        return (Lock(self.lock_mode, self.target),)

    def describe(self) -> str:
        return f"rename index {self.old_name} to {self.index.name}"


# Storage parameters PostgreSQL changes under SHARE UPDATE EXCLUSIVE on the index (reloptions.c);
# every other one, an extension's included, takes ACCESS EXCLUSIVE on it, which holds up every
# query that plans with the index while it waits: lock_timeout bounds that.
_LIGHT_PARAMETERS = frozenset({"fillfactor", "deduplicate_items", "autosummarize"})


@dataclass(frozen=True)
class SetIndexParameters(_OnIndex):
    """`ALTER INDEX ... SET (...)` / `RESET (...)`: storage parameters, no rebuild."""

    set: tuple[tuple[str, str], ...] = ()
    reset: tuple[str, ...] = ()
    action = "alter"

    @property
    def lock_mode(self) -> LockMode:  # type: ignore[override]
        names = {k for k, _ in self.set} | set(self.reset)
        return LockMode.SHARE_UPDATE_EXCLUSIVE if names <= _LIGHT_PARAMETERS else LockMode.ACCESS_EXCLUSIVE

    def locks(self) -> tuple[Lock, ...]:
        return (Lock(self.lock_mode, self.target),)  # the index's lock, not its table's

    def describe(self) -> str:
        changes = [f"{k}={v}" for k, v in self.set] + [f"reset {k}" for k in self.reset]
        return f"set storage parameters of index {self.index.name}: {', '.join(changes)}"
