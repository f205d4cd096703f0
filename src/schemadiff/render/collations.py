"""SQL for collations."""

from __future__ import annotations

from ..plan import ops
from ..quoting import literal, qualified
from .comments import COMMENT_TARGETS, by_qualified_name
from .registry import renders


@renders(ops.CreateCollation)
def _create_collation(op: ops.CreateCollation) -> list[str]:
    c = op.collation
    options = [f"provider = {c.provider}"]
    if c.locale is not None:
        options.append(f"locale = {literal(c.locale)}")
    if c.lc_collate is not None:
        options.append(f"lc_collate = {literal(c.lc_collate)}")
    if c.lc_ctype is not None:
        options.append(f"lc_ctype = {literal(c.lc_ctype)}")
    if not c.deterministic:
        options.append("deterministic = false")
    return [f"CREATE COLLATION {qualified(c.schema, c.name)} ({', '.join(options)})"]


@renders(ops.DropCollation)
def _drop_collation(op: ops.DropCollation) -> list[str]:
    return [f"DROP COLLATION {qualified(op.collation.schema, op.collation.name)}"]


COMMENT_TARGETS.register("collation", by_qualified_name("COLLATION"))
