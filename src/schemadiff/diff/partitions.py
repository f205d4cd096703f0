"""Partitions in the diff: a partition holds no columns in the model (they are its parent's),
so a table that becomes a partition (ATTACH) or stops being one (DETACH) is compared with the
columns its parent gives it."""

from __future__ import annotations

from dataclasses import replace

from ..model import Database, Table


def parent_columns(db: Database, table: Table) -> tuple:
    """The columns a partition has: its nearest ancestor's that is not a partition itself."""
    seen = {table.id}
    while table.partition_of is not None:
        parent = db.get(table.partition_of.parent_id)
        if not isinstance(parent, Table) or parent.id in seen:
            return ()
        seen.add(parent.id)
        table = parent
    return table.columns


def with_partition_columns(db: Database, other: Database) -> Database:
    """`db` with the columns filled in on each partition that `other` holds as a plain table."""
    filled = [replace(t, columns=parent_columns(db, t)) for t in db.tables()
              if t.partition_of is not None and isinstance(other.get(t.id), Table)
              and other.get(t.id).partition_of is None]
    return db.replace(*filled) if filled else db
