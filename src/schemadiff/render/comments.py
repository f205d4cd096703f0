"""SQL for COMMENT ON. Each family module registers how its kind is named after COMMENT ON."""

from __future__ import annotations

from collections.abc import Callable

from ..model import ObjectId
from ..model.kinds import Registry
from ..plan import ops
from ..quoting import ident, literal, qualified
from .registry import renders

CommentTarget = Callable[[ObjectId], str]
# kind -> the `<what>` of `COMMENT ON <what>`; None for a kind PostgreSQL stores no comment for.
COMMENT_TARGETS: Registry[CommentTarget | None] = Registry("render", "comment target")


def by_name(keyword: str) -> CommentTarget:
    """`SCHEMA app`: objects named without a schema."""
    return lambda on: f"{keyword} {ident(on.name)}"


def by_qualified_name(keyword: str) -> CommentTarget:
    """`TABLE app.orders`."""
    return lambda on: f"{keyword} {qualified(on.schema, on.name)}"


def on_its_table(keyword: str) -> CommentTarget:
    """`CONSTRAINT orders_pkey ON app.orders`: objects named per table."""
    return lambda on: f"{keyword} {ident(on.name)} ON {qualified(on.schema, on.parent)}"


def comment_target(on: ObjectId, column: str | None) -> str:
    """The `COMMENT ON <what>` part for any commentable id."""
    if column is not None:
        return f"COLUMN {qualified(on.schema, on.name)}.{ident(column)}"
    target = COMMENT_TARGETS[on.kind]
    if target is None:
        raise ValueError(f"{on.display()} cannot carry a comment in PostgreSQL")
    return target(on)


@renders(ops.SetComment)
def _set_comment(op: ops.SetComment) -> list[str]:
    text = literal(op.text) if op.text is not None else "NULL"
    return [f"COMMENT ON {comment_target(op.on, op.column)} IS {text}"]
