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

from ..quoting import ident

PREFIX = "schemadiff_scratch_"
_COMMENT = re.compile(r"^schemadiff scratch database; creator pid (\d+) started (.+)$")

_SCRATCH = r"""
SELECT d.datname, shobj_description(d.oid, 'pg_database') AS comment,
       EXISTS (SELECT FROM pg_stat_activity a WHERE a.datid = d.oid) AS in_use
FROM pg_database d WHERE d.datname LIKE 'schemadiff\_scratch\_%' ORDER BY 1
"""
_ORPHAN_ROLES = r"""
SELECT r.rolname FROM pg_roles r
WHERE r.rolname LIKE 'schemadiff\_scratch\_%' AND NOT r.rolsuper
  AND NOT EXISTS (SELECT FROM pg_database d WHERE d.datname = r.rolname) ORDER BY 1
"""


def creator_comment(admin: psycopg.Connection) -> str:
    """The comment that ties a scratch database to the live session `admin`."""
    started = admin.execute("SELECT backend_start::text FROM pg_stat_activity "
                            "WHERE pid = pg_backend_pid()").fetchone()[0]
    return f"schemadiff scratch database; creator pid {admin.info.backend_pid} started {started}"


def _creator_alive(conn: psycopg.Connection, comment: str | None, in_use: bool) -> bool:
    m = _COMMENT.match(comment or "")
    if m is None:  # killed before its comment was written (or an older schemadiff's)
        return in_use  # someone connected to it: leave it alone
    return conn.execute("SELECT EXISTS (SELECT FROM pg_stat_activity WHERE pid = %s "
                        "AND backend_start::text = %s)", [int(m[1]), m[2]]).fetchone()[0]


def remove_leftovers(conn: psycopg.Connection) -> list[str]:
    """Drop every scratch database whose creator is gone, and every orphaned scratch role."""
    removed = []
    for name, comment, in_use in conn.execute(_SCRATCH).fetchall():
        if not _creator_alive(conn, comment, in_use) and _drop(conn, "DATABASE", name, " WITH (FORCE)"):
            removed.append(name)
    roles = [r for (r,) in conn.execute(_ORPHAN_ROLES).fetchall()]
    removed += [r for r in roles if _drop(conn, "ROLE", r)]
    for name in removed:
        print(f"schemadiff: removed {name!r}, a scratch database or role left by a run that "
              "was killed", file=sys.stderr)
    return removed


def _drop(conn: psycopg.Connection, kind: str, name: str, options: str = "") -> bool:
    try:
        conn.execute(f"DROP {kind} IF EXISTS {ident(name)}{options}")
        return True
    except psycopg.Error:  # not ours to drop (another owner), or raced by its creator: skip
        return False
