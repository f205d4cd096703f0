"""Running the catalog queries: one consistent, read-only snapshot, names always qualified."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row

from .. import sqlfiles
from ..model.kinds import Registry

Row = dict[str, object]


@dataclass(frozen=True)
class Reader:
    """How one family's objects are read: a query of queries/*.sql and a row builder."""

    query: str
    build: Callable[[list[Row]], list]

    def read(self, conn: psycopg.Connection) -> list:
        return self.build(fetch(conn, self.query))


# kind -> its reader (one reader may yield several kinds: views and materialized views)
READERS: Registry[Reader] = Registry("introspect", "reader")


def query_text(name: str) -> str:
    """The text of queries/<name>.sql, shipped as package data."""
    return sqlfiles.query_text(__package__, name)


def fetch(conn: psycopg.Connection, name: str) -> list[Row]:
    """Run one named query and return its rows as dicts: prepared server-side where the
    connection allows it (db/connect.py `session`), since planning the catalog queries costs
    more than running them."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query_text(name), prepare=conn.prepare_threshold is not None)
        return cur.fetchall()


@contextmanager
def snapshot(conn: psycopg.Connection) -> Iterator[int]:
    """One REPEATABLE READ, READ ONLY transaction with search_path = ''; yields the server version.

    With an empty search_path every deparsing function (format_type, pg_get_expr,
    pg_get_constraintdef, pg_get_indexdef) schema-qualifies every name it prints, so the text does
    not depend on the session and two databases print the same object the same way. Inside a
    caller's transaction we only get a savepoint (no isolation change) and put search_path back,
    because SET LOCAL outlives a released savepoint.
    """
    outer = conn.info.transaction_status == TransactionStatus.IDLE
    with conn.transaction():
        if outer:
            conn.execute(query_text("snapshot_begin"))
            # only in our own transaction: SET LOCAL would outlive a caller's savepoint
            conn.execute(query_text("snapshot_planner"))
        version, path = conn.execute(query_text("snapshot_settings")).fetchone()
        conn.execute(query_text("snapshot_search_path"))
        yield version
        if not outer:
            conn.execute(query_text("snapshot_restore_path"), (path,))
