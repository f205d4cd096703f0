"""Scratch databases (and their roles) left on a server by a run that was killed (issue 6).

Each scratch database's comment names its creator: the backend pid and start time of the admin
session that stays open while the database is in use (scratch.py). A creator no longer in
pg_stat_activity is gone, so its database can never be dropped by it: the next run drops it,
with its role, and says so on stderr.
"""

from __future__ import annotations

import re
import sys

import psycopg

from ..render.scratch import drop_scratch_database, drop_scratch_role
from ..sqlfiles import query_text

PREFIX = "schemadiff_scratch_"
_COMMENT = re.compile(r"^schemadiff scratch database; creator pid (\d+) started (.+)$")


def creator_comment(admin: psycopg.Connection) -> str:
    """The comment that ties a scratch database to the live session `admin`."""
    started = admin.execute(query_text(__package__, "backend_start")).fetchone()[0]
    return f"schemadiff scratch database; creator pid {admin.info.backend_pid} started {started}"


def _creator_alive(conn: psycopg.Connection, comment: str | None, in_use: bool) -> bool:
    m = _COMMENT.match(comment or "")
    if m is None:  # killed before its comment was written (or an older schemadiff's)
        return in_use  # someone connected to it: leave it alone
    return conn.execute(query_text(__package__, "creator_alive"), [int(m[1]), m[2]]).fetchone()[0]


def remove_leftovers(conn: psycopg.Connection) -> list[str]:
    """Drop every scratch database whose creator is gone, and every orphaned scratch role."""
    removed = []
    for name, comment, in_use in conn.execute(query_text(__package__, "scratch_leftovers")).fetchall():
        if not _creator_alive(conn, comment, in_use) and _drop(conn, drop_scratch_database(name)):
            removed.append(name)
    roles = [r for (r,) in conn.execute(query_text(__package__, "scratch_orphan_roles")).fetchall()]
    removed += [r for r in roles if _drop(conn, drop_scratch_role(r))]
    for name in removed:
        print(f"schemadiff: removed {name!r}, a scratch database or role left by a run that "
              "was killed", file=sys.stderr)
    return removed


def _drop(conn: psycopg.Connection, statement: str) -> bool:
    try:
        conn.execute(statement)
        return True
    except psycopg.Error:  # not ours to drop (another owner), or raced by its creator: skip
        return False
