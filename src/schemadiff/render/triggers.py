"""SQL for triggers."""

from __future__ import annotations

from ..plan import ops
from ..quoting import ident, qualified
from .comments import COMMENT_TARGETS, on_its_table
from .registry import renders


@renders(ops.CreateTrigger)
def _create_trigger(op: ops.CreateTrigger) -> list[str]:
    # pg_get_triggerdef() text (names qualified) or the text built from schema.yaml with quoting.py.
    return [op.trigger.definition]


@renders(ops.DropTrigger)
def _drop_trigger(op: ops.DropTrigger) -> list[str]:
    t = op.trigger
    return [f"DROP TRIGGER {ident(t.name)} ON {qualified(t.schema, t.table)}"]


COMMENT_TARGETS.register("trigger", on_its_table("TRIGGER"))
