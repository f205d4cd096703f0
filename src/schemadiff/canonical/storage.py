"""`storage:` a column's type cannot take (PostgreSQL: "column data type integer can only have
storage PLAIN") is refused naming the column and its schema.yaml key, where the build's generic
message would name only the table."""

from __future__ import annotations

from ..errors import SpecError
from ..model import Database
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


def check_storage_kept(model: Database, built: Database, source: str) -> None:
    """Every declared `storage:` is what the scratch build reads back (or the type's own, which
    reads back as unset): anything else (a parent's SET STORAGE reaching a child after the child's
    own) would plan an approximation of schema.yaml."""
    for table in model.tables():
        read = built.get(table.id)
        for col in table.columns:
            got = read.column(col.name) if read is not None else None
            kept = (got.storage or got.type_storage) if got is not None else None
            if col.storage is None or got is None or col.storage == kept:
                continue
            raise SpecError(
                f"column {table.schema}.{table.name}.{col.name}: storage {col.storage} did not stay: the "
                f"scratch build has {kept}", file=source,
                key=f"schemas.{table.schema}.tables.{table.name}.columns.{col.name}.storage",
                hint="this is a schemadiff bug; please report it with this schema.yaml")
