"""SQL for indexes."""

from __future__ import annotations

from ..plan import ops
from ..quoting import ident, qualified
from .registry import renders
from .comments import COMMENT_TARGETS, by_qualified_name


@renders(ops.CreateIndex)
def _create_index(op: ops.CreateIndex) -> list[str]:
    i = op.index
    unique = "UNIQUE " if i.unique else ""
    how = "CONCURRENTLY " if op.concurrently else ""
    return [f"CREATE {unique}INDEX {how}{ident(i.name)} ON {qualified(i.schema, i.table)} {i.body}"]


@renders(ops.DropIndex)
def _drop_index(op: ops.DropIndex) -> list[str]:
    how = "CONCURRENTLY " if op.concurrently else ""
    return [f"DROP INDEX {how}{qualified(op.index.schema, op.index.name)}"]


@renders(ops.RenameIndex)
def _rename_index(op: ops.RenameIndex) -> list[str]:
    return [f"ALTER INDEX {qualified(op.index.schema, op.old_name)} RENAME TO {ident(op.index.name)}"]


COMMENT_TARGETS.register("index", by_qualified_name("INDEX"))
