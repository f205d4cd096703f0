"""Triggers: no ALTER beyond a rename, so a change drops and creates them (diff/triggers.py)."""

from __future__ import annotations

from ...model import Trigger
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy, comment_change, with_comment


def _drop(trigger: Trigger, ctx: Context) -> list[ops.Op]:
    if trigger.table_id in ctx.dropped_tables:
        return []  # DROP TABLE takes its triggers with it
    return [ops.DropTrigger(trigger)]


STRATEGIES.register("trigger", Strategy(
    create=lambda trigger, ctx: with_comment(trigger, ops.CreateTrigger(trigger)), drop=_drop,
    alter=lambda old, new, fields, ctx: comment_change(new, fields)))
