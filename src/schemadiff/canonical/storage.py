"""`storage:` a column's type cannot take (PostgreSQL: "column data type integer can only have
storage PLAIN") is refused naming the column and its schema.yaml key, where the build's generic
message would name only the table."""

from __future__ import annotations

from ..errors import SpecError
from ..plan import ops


def check_storage(op: ops.Op, message: str, source: str) -> None:
    """After a failed statement: if it was a column's SET STORAGE, say which column and key."""
    if not isinstance(op, ops.SetColumnStorage):
        return
    raise SpecError(
        f"column {op.schema}.{op.table_name}.{op.column}: storage {op.storage} is not possible: {message}",
        file=source, key=f"schemas.{op.schema}.tables.{op.table_name}.columns.{op.column}.storage",
        hint="a type of fixed length (integer, bigint, uuid, timestamptz, ...) is always stored plain: "
             "remove `storage:` to keep the type's own")
