"""Collations: created whole, dropped whole; only the comment alters in place."""

from __future__ import annotations

from .. import ops
from .registry import STRATEGIES, Strategy, comment_change, with_comment

STRATEGIES.register("collation", Strategy(
    create=lambda coll, ctx: with_comment(coll, ops.CreateCollation(coll)),
    drop=lambda coll, ctx: [ops.DropCollation(coll)],
    alter=lambda old, new, fields, ctx: comment_change(new, fields)))
