"""COMMENT ON, for every kind that carries a comment."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import ObjectId
from .base import Op


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

    def describe(self) -> str:
        what = f"column {self.on.schema}.{self.on.name}.{self.column}" if self.column else self.on.display()
        return f"{'set' if self.text is not None else 'remove'} comment on {what}"
