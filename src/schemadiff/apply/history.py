"""schemadiff.history: what was applied, by whom, and how to undo it."""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

from ..render import Batch

_DDL = (
    "CREATE SCHEMA IF NOT EXISTS schemadiff",
    """CREATE TABLE IF NOT EXISTS schemadiff.history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now(),
        applied_by text NOT NULL DEFAULT current_user,
        kind text NOT NULL CHECK (kind IN ('apply', 'rollback')),
        status text NOT NULL CHECK (status IN ('running', 'applied', 'failed', 'rolled_back')),
        schema_hash text,
        summary text NOT NULL,
        forward_sql text NOT NULL,
        rollback_sql text NOT NULL,
        rollback_batches jsonb NOT NULL,
        fingerprint_before text NOT NULL,
        fingerprint_after text NOT NULL,
        error text
    )""",
)


@dataclass(frozen=True)
class Entry:
    id: int
    status: str
    summary: str
    rollback_sql: str
    rollback_batches: list[Batch]
    fingerprint_before: str
    fingerprint_after: str


def ensure_table(conn: psycopg.Connection) -> None:
    with conn.transaction():
        for stmt in _DDL:
            conn.execute(stmt)


def start(conn: psycopg.Connection, *, kind: str, schema_hash: str | None, summary: str, forward_sql: str,
          rollback_sql: str, rollback_batches: list[Batch], before: str, after: str) -> int:
    row = conn.execute(
        """INSERT INTO schemadiff.history (kind, status, schema_hash, summary, forward_sql, rollback_sql,
               rollback_batches, fingerprint_before, fingerprint_after)
           VALUES (%s, 'running', %s, %s, %s, %s, %s, %s, %s) RETURNING id""",
        (kind, schema_hash, summary, forward_sql, rollback_sql,
         json.dumps([b.to_json() for b in rollback_batches]), before, after),
    ).fetchone()
    return row[0]


def finish(conn: psycopg.Connection, entry_id: int, status: str, error: str | None = None,
           after: str | None = None) -> None:
    conn.execute(
        "UPDATE schemadiff.history SET status = %s, error = %s, "
        "fingerprint_after = coalesce(%s, fingerprint_after) WHERE id = %s",
        (status, error, after, entry_id),
    )


def last_applied(conn: psycopg.Connection) -> Entry | None:
    """The most recent successful apply that has not been rolled back."""
    exists = conn.execute("SELECT to_regclass('schemadiff.history') IS NOT NULL").fetchone()[0]
    if not exists:
        return None
    row = conn.execute(
        """SELECT id, status, summary, rollback_sql, rollback_batches, fingerprint_before, fingerprint_after
           FROM schemadiff.history WHERE kind = 'apply' AND status = 'applied' ORDER BY id DESC LIMIT 1"""
    ).fetchone()
    if row is None:
        return None
    batches = [Batch.from_json(b) for b in row[4]]
    return Entry(row[0], row[1], row[2], row[3], batches, row[5], row[6])
