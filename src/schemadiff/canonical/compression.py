"""`compression: lz4` needs a server built with lz4 (`--with-lz4`): refused naming the column,
before PostgreSQL's own error (which names neither the table nor the column)."""

from __future__ import annotations

import psycopg

from ..errors import SpecError
from ..introspect.tables import compression_methods
from ..model import Database


def check_compressions(conn: psycopg.Connection, model: Database, source: str) -> None:
    wanted = [(t, c) for t in model.tables() for c in t.columns if c.compression is not None]
    if not wanted:
        return
    available = compression_methods(conn)
    for t, c in wanted:
        if c.compression not in available:
            raise SpecError(
                f"column {t.schema}.{t.name}.{c.name}: compression {c.compression} is not available:"
                f" the scratch server was built without it (it has {', '.join(sorted(available))})",
                file=source, hint="use compression: pglz, or a PostgreSQL built --with-lz4 for the "
                                  "scratch server and the target")
