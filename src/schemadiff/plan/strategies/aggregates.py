"""Aggregates: created whole, dropped whole; only the comment alters in place."""

from __future__ import annotations

from .. import ops
from .registry import STRATEGIES, Strategy, comment_change, with_comment

STRATEGIES.register("aggregate", Strategy(
    create=lambda agg, ctx: with_comment(agg, ops.CreateAggregate(agg)),
    drop=lambda agg, ctx: [ops.DropAggregate(agg)],
    alter=lambda old, new, fields, ctx: comment_change(new, fields)))
