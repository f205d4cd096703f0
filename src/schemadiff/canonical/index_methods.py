"""An index whose access method the server lacks is refused naming the index and pg_am's list."""

from __future__ import annotations

import psycopg

from ..errors import SpecError
from ..introspect.indexes import index_methods
from ..plan import ops


def check_index_methods(conn: psycopg.Connection, op: ops.Op, source: str) -> None:
    """After a failed statement: if it built an index of a method pg_am lacks, say so.

    Called only on failure, so a build pays nothing; extensions (which bring methods like bloom or
    pgvector's hnsw) are created earlier in the same build, so pg_am is complete by then."""
    if not isinstance(op, ops.CreateIndex):
        return
    have = index_methods(conn)
    if op.index.method not in have:
        raise SpecError(
            f"{op.index.id.display()}: index method {op.index.method!r} does not exist on this "
            f"server (it has {', '.join(have)})", file=source,
            hint="a method an extension brings (bloom, pgvector's hnsw and ivfflat) needs that "
                 "extension under `extensions:`, available on the server")
