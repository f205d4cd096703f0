"""COMMENT ON, for every kind that carries a comment."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import ObjectId
from .base import Lock, LockMode, Op


@dataclass(frozen=True)
class SetComment(Op):
    """COMMENT ON <object>; `column` set means a column of the target table."""

    on: ObjectId
    text: str | None
    column: str | None = None

    @property
    def target(self) -> ObjectId:
        return self.on

    @property
    def table(self) -> ObjectId | None:
        return self.on if self.on.kind == "table" else None

    @property
    def lock_mode(self) -> LockMode:  # type: ignore[override]
        # COMMENT ON a table, view or column: SHARE UPDATE EXCLUSIVE on it; on a constraint: ACCESS
        # SHARE on its table; on an index: on the index only; other kinds are not relations.
        if self.on.kind in ("table", "view", "matview", "sequence", "index"):
            return LockMode.SHARE_UPDATE_EXCLUSIVE
        return LockMode.ACCESS_SHARE if self.on.kind == "constraint" else LockMode.NONE

    def locks(self) -> tuple[Lock, ...]:
        if self.lock_mode == LockMode.NONE:
            return ()
        return (Lock(self.lock_mode, self.on.table_id if self.on.kind == "constraint" else self.on),)

    def describe(self) -> str:
        what = f"column {self.on.schema}.{self.on.name}.{self.column}" if self.column else self.on.display()
        return f"{'set' if self.text is not None else 'remove'} comment on {what}"
