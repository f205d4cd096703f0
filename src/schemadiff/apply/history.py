"""schemadiff.history: what was applied, by whom, how far it got, what it created, how to undo it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import psycopg

from ..quoting import ident
from ..render import Batch

STATUSES = ("running", "applied", "failed", "interrupted", "rolled_back")
_STATUS_CHECK = "CHECK (status IN (" + ", ".join(f"'{s}'" for s in STATUSES) + "))"

_DDL = (
    "CREATE SCHEMA IF NOT EXISTS schemadiff",
    f"""CREATE TABLE IF NOT EXISTS schemadiff.history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now(),
        applied_by text NOT NULL DEFAULT current_user,
        kind text NOT NULL CHECK (kind IN ('apply', 'rollback')),
        status text NOT NULL CONSTRAINT history_status_check {_STATUS_CHECK},
        schema_hash text,
        summary text NOT NULL,
        forward_sql text NOT NULL,
        rollback_sql text NOT NULL,
        rollback_batches jsonb NOT NULL,
        fingerprint_before text NOT NULL,
        fingerprint_after text NOT NULL,
        error text
    )""",
    # Data steps that ran (apply/data_steps.py): a step is planned again only under a new name.
    """CREATE TABLE IF NOT EXISTS schemadiff.data_steps (
        name text PRIMARY KEY,
        sha256 text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        migration bigint,
        has_rollback boolean NOT NULL DEFAULT true
    )""",
)

# Columns added after the first release: an older history table is upgraded in place.
_COLUMNS = (
    "pid integer", "backend_start timestamptz", "finished_at timestamptz",
    "forward_batches jsonb NOT NULL DEFAULT '[]'", "done_batches integer NOT NULL DEFAULT 0",
    "progress_fingerprint text",  # the state after the last completed batch: where a resume starts
    "left_fingerprint text",  # the state it left, after any clean-up: what its rollback expects
    "owned jsonb NOT NULL DEFAULT '[]'",  # helper objects the steps create (apply/ownership.py)
    "cleanup text",  # what was removed after a failure or interruption
    "before_schema text",  # schema.yaml of the state before: a partial migration's rollback target
    "of_entry bigint",  # a resume: the stopped apply it finishes; a rollback: the apply it undoes
    "rollback_owned jsonb NOT NULL DEFAULT '[]'",  # the helper objects of the rollback's steps
)

_FIELDS = ("id, applied_at, applied_by, kind, status, summary, rollback_sql, rollback_batches, "
           "fingerprint_before, fingerprint_after, error, pid, forward_batches, done_batches, "
           "progress_fingerprint, owned, cleanup, before_schema, of_entry, schema_hash, rollback_owned, left_fingerprint")


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
    return conn.execute("SELECT to_regclass('schemadiff.history') IS NOT NULL").fetchone()[0]


def ensure_table(conn: psycopg.Connection) -> None:
    """Create the table, or upgrade one made by an older schemadiff (idempotent)."""
    with conn.transaction():
        for stmt in _DDL:
            conn.execute(stmt)
        for column in _COLUMNS:
            conn.execute(f"ALTER TABLE schemadiff.history ADD COLUMN IF NOT EXISTS {column}")
        _widen_status_check(conn)


def upgrade(conn: psycopg.Connection) -> bool:
    """Bring an existing table (perhaps an older schemadiff's) up to date; False when there is none."""
    if not exists(conn):
        return False
    current = conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'schemadiff.history'::regclass "
                           "AND attname = 'left_fingerprint' AND NOT attisdropped").fetchone()[0]
    if not current:
        ensure_table(conn)
    return True


def _widen_status_check(conn: psycopg.Connection) -> None:
    """Older tables allow only running/applied/failed/rolled_back: replace that check once."""
    rows = conn.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'schemadiff.history'::regclass AND contype = 'c' "
        "AND pg_get_constraintdef(oid) LIKE '%status%'").fetchall()
    if any("'interrupted'" in definition for _, definition in rows):
        return
    for name, _ in rows:
        conn.execute(f"ALTER TABLE schemadiff.history DROP CONSTRAINT {ident(name)}")
    conn.execute(f"ALTER TABLE schemadiff.history ADD CONSTRAINT history_status_check {_STATUS_CHECK}")


def _batches_json(batches: list[Batch]) -> str:
    return json.dumps([b.to_json() for b in batches])


def start(conn: psycopg.Connection, *, kind: str, schema_hash: str | None, summary: str, forward_sql: str,
          rollback_sql: str, rollback_batches: list[Batch], before: str, after: str,
          forward_batches: list[Batch] = (), owned: list[dict] = (), before_schema: str | None = None,
          of_entry: int | None = None, rollback_owned: list[dict] = ()) -> int:
    """Insert a `running` row for this connection's backend; return its id."""
    row = conn.execute(
        """INSERT INTO schemadiff.history (kind, status, schema_hash, summary, forward_sql, rollback_sql,
               rollback_batches, fingerprint_before, fingerprint_after, pid, backend_start,
               forward_batches, owned, before_schema, of_entry, progress_fingerprint, rollback_owned)
           VALUES (%s, 'running', %s, %s, %s, %s, %s, %s, %s, pg_backend_pid(),
               (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()),
               %s, %s, %s, %s, %s, %s) RETURNING id""",
        (kind, schema_hash, summary, forward_sql, rollback_sql, _batches_json(rollback_batches), before, after,
         _batches_json(list(forward_batches)), json.dumps(list(owned)), before_schema, of_entry, before,
         json.dumps(list(rollback_owned))),
    ).fetchone()
    return row[0]


def progress(conn: psycopg.Connection, entry_id: int, done: int, state: str) -> None:
    """Batch `done` committed and left the database in `state` (a fingerprint)."""
    conn.execute("UPDATE schemadiff.history SET done_batches = %s, progress_fingerprint = %s WHERE id = %s",
                 (done, state, entry_id))


def finish(conn: psycopg.Connection, entry_id: int, status: str, error: str | None = None,
           after: str | None = None, cleanup: str | None = None, state: str | None = None) -> None:
    conn.execute(
        "UPDATE schemadiff.history SET status = %s, error = coalesce(%s, error), finished_at = now(), "
        "fingerprint_after = coalesce(%s, fingerprint_after), cleanup = coalesce(%s, cleanup), "
        "left_fingerprint = coalesce(%s, left_fingerprint) WHERE id = %s",
        (status, error, after, cleanup, state, entry_id),
    )


def _select(conn: psycopg.Connection, where: str, params: tuple = (), limit: int | None = None) -> list[Entry]:
    if not exists(conn):
        return []
    tail = f" LIMIT {int(limit)}" if limit else ""
    rows = conn.execute(f"SELECT {_FIELDS} FROM schemadiff.history WHERE {where} ORDER BY id DESC{tail}", params)
    return [_entry(r) for r in rows.fetchall()]


def _entry(r) -> Entry:
    return Entry(
        id=r[0], applied_at=r[1], applied_by=r[2], kind=r[3], status=r[4], summary=r[5], rollback_sql=r[6],
        rollback_batches=[Batch.from_json(b) for b in r[7]], fingerprint_before=r[8], fingerprint_after=r[9],
        error=r[10], pid=r[11], forward_batches=[Batch.from_json(b) for b in r[12] or []],
        done_batches=r[13] or 0, progress_fingerprint=r[14], owned=list(r[15] or []), cleanup=r[16],
        before_schema=r[17], of_entry=r[18], schema_hash=r[19],
        rollback_owned=list(r[20] or []), left_fingerprint=r[21],
    )


def running(conn: psycopg.Connection) -> list[Entry]:
    """Rows still marked running (under the migration lock: their process is gone)."""
    return _select(conn, "status = 'running'")


def last(conn: psycopg.Connection) -> Entry | None:
    """The most recent row of any kind."""
    found = _select(conn, "true", limit=1)
    return found[0] if found else None


def last_apply(conn: psycopg.Connection) -> Entry | None:
    """The most recent apply, whatever its status."""
    found = _select(conn, "kind = 'apply'", limit=1)
    return found[0] if found else None


def last_applied(conn: psycopg.Connection) -> Entry | None:
    """The most recent migration that changed the database and has not been rolled back: a
    successful apply, or a failed or interrupted one that got part of the way."""
    for entry in _select(conn, "kind = 'apply' AND status IN ('applied', 'failed', 'interrupted')"):
        if entry.status == "applied" or entry.partial:
            return entry
    return None


def chain(conn: psycopg.Connection, entry: Entry) -> list[int]:
    """`entry` and the interrupted or failed runs it finished (a resume continues one)."""
    ids, current = [entry.id], entry.of_entry
    while current is not None:
        ids.append(current)
        found = _select(conn, "id = %s", (current,))
        current = found[0].of_entry if found else None
    return ids


def get(conn: psycopg.Connection, entry_id: int) -> Entry | None:
    found = _select(conn, "id = %s", (entry_id,))
    return found[0] if found else None
