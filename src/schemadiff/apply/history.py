"""schemadiff.history: what was applied, by whom, how far it got, what it created, how to undo it.

The table's SQL is render/history.py (DDL, upgrade, the entry query) and apply/queries/history_*.sql
(the row statements); this module runs them and reads the rows back as Entry."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import psycopg

from ..render import Batch
from ..render.history import ENTRY_COLUMNS, entries_query, status_check_replacement, table_statements
from ..sqlfiles import query_text


@dataclass(frozen=True)
class Entry:
    id: int
    status: str
    summary: str
    rollback_sql: str
    rollback_batches: list[Batch]
    fingerprint_before: str
    fingerprint_after: str
    kind: str = "apply"
    applied_at: object = None
    applied_by: str = ""
    error: str | None = None
    pid: int | None = None
    forward_batches: list[Batch] = field(default_factory=list)
    done_batches: int = 0
    progress_fingerprint: str | None = None
    owned: list[dict] = field(default_factory=list)
    cleanup: str | None = None
    before_schema: str | None = None
    of_entry: int | None = None
    schema_hash: str | None = None
    rollback_owned: list[dict] = field(default_factory=list)
    left_fingerprint: str | None = None

    @property
    def left(self) -> str | None:
        """The state this run left the database in (for a stopped run, after its clean-up)."""
        return self.left_fingerprint or self.progress_fingerprint

    @property
    def partial(self) -> bool:
        """It stopped part-way and left the database somewhere other than where it started."""
        return self.status in ("failed", "interrupted") and self.left not in (None, self.fingerprint_before)


def exists(conn: psycopg.Connection) -> bool:
    return conn.execute(query_text(__package__, "history_exists")).fetchone()[0]


def ensure_table(conn: psycopg.Connection) -> None:
    """Create the table, or upgrade one made by an older schemadiff (idempotent)."""
    with conn.transaction():
        for stmt in table_statements():
            conn.execute(stmt)
        _widen_status_check(conn)


def upgrade(conn: psycopg.Connection) -> bool:
    """Bring an existing table (perhaps an older schemadiff's) up to date; False when there is none."""
    if not exists(conn):
        return False
    current = conn.execute(query_text(__package__, "history_is_current")).fetchone()[0]
    if not current:
        ensure_table(conn)
    return True


def _widen_status_check(conn: psycopg.Connection) -> None:
    """Older tables allow only running/applied/failed/rolled_back: replace that check once."""
    rows = conn.execute(query_text(__package__, "history_status_checks")).fetchall()
    if any("'interrupted'" in definition for _, definition in rows):
        return
    for stmt in status_check_replacement([name for name, _ in rows]):
        conn.execute(stmt)


def _batches_json(batches: list[Batch]) -> str:
    return json.dumps([b.to_json() for b in batches])


def start(conn: psycopg.Connection, *, kind: str, schema_hash: str | None, summary: str, forward_sql: str,
          rollback_sql: str, rollback_batches: list[Batch], before: str, after: str,
          forward_batches: list[Batch] = (), owned: list[dict] = (), before_schema: str | None = None,
          of_entry: int | None = None, rollback_owned: list[dict] = ()) -> int:
    """Insert a `running` row for this connection's backend; return its id."""
    row = conn.execute(
        query_text(__package__, "history_start"),
        (kind, schema_hash, summary, forward_sql, rollback_sql, _batches_json(rollback_batches), before, after,
         _batches_json(list(forward_batches)), json.dumps(list(owned)), before_schema, of_entry, before,
         json.dumps(list(rollback_owned))),
    ).fetchone()
    return row[0]


def progress(conn: psycopg.Connection, entry_id: int, done: int, state: str) -> None:
    """Batch `done` committed and left the database in `state` (a fingerprint)."""
    conn.execute(query_text(__package__, "history_progress"), (done, state, entry_id))


def finish(conn: psycopg.Connection, entry_id: int, status: str, error: str | None = None,
           after: str | None = None, cleanup: str | None = None, state: str | None = None) -> None:
    conn.execute(query_text(__package__, "history_finish"), (status, error, after, cleanup, state, entry_id))


def _select(conn: psycopg.Connection, which: str, params: tuple = (), limit: int | None = None) -> list[Entry]:
    """The entries `which` names (render/history.py), newest first."""
    if not exists(conn):
        return []
    rows = conn.execute(entries_query(which, limit), params)
    return [_entry(r) for r in rows.fetchall()]


def _entry(r) -> Entry:
    """A row of ENTRY_COLUMNS, by name: each column is the Entry field of the same name."""
    row = dict(zip(ENTRY_COLUMNS, r))
    return Entry(**{
        **row,
        "rollback_batches": [Batch.from_json(b) for b in row["rollback_batches"]],
        "forward_batches": [Batch.from_json(b) for b in row["forward_batches"] or []],
        "done_batches": row["done_batches"] or 0,
        "owned": list(row["owned"] or []),
        "rollback_owned": list(row["rollback_owned"] or []),
    })


def running(conn: psycopg.Connection) -> list[Entry]:
    """Rows still marked running (under the migration lock: their process is gone)."""
    return _select(conn, "running")


def last(conn: psycopg.Connection) -> Entry | None:
    """The most recent row of any kind."""
    found = _select(conn, "all", limit=1)
    return found[0] if found else None


def last_apply(conn: psycopg.Connection) -> Entry | None:
    """The most recent apply, whatever its status."""
    found = _select(conn, "applies", limit=1)
    return found[0] if found else None


def last_applied(conn: psycopg.Connection) -> Entry | None:
    """The most recent migration that changed the database and has not been rolled back: a
    successful apply, or a failed or interrupted one that got part of the way."""
    for entry in _select(conn, "changed"):
        if entry.status == "applied" or entry.partial:
            return entry
    return None


def chain(conn: psycopg.Connection, entry: Entry) -> list[int]:
    """`entry` and the interrupted or failed runs it finished (a resume continues one)."""
    ids, current = [entry.id], entry.of_entry
    while current is not None:
        ids.append(current)
        found = _select(conn, "by_id", (current,))
        current = found[0].of_entry if found else None
    return ids


def get(conn: psycopg.Connection, entry_id: int) -> Entry | None:
    found = _select(conn, "by_id", (entry_id,))
    return found[0] if found else None
