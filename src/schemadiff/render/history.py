"""SQL of the tool's own bookkeeping tables, schemadiff.history and schemadiff.data_steps (the
rows apply/history.py writes and reads): their DDL, its in-place upgrade, the row queries.

Here rather than in apply/queries/*.sql because these statements are composed: the status
CHECK is written from STATUSES, an older table is upgraded column by column, a stale check is
dropped by the name the catalog gives, and the row query's filter and limit vary. The static
row statements (insert, progress, finish) are apply/queries/history_*.sql.
"""

from __future__ import annotations

from ..quoting import ident, literal

HISTORY = "schemadiff.history"
STATUSES = ("running", "applied", "failed", "interrupted", "rolled_back")
_STATUS_CHECK = f"CHECK (status IN ({', '.join(literal(s) for s in STATUSES)}))"

_TABLES = (
    "CREATE SCHEMA IF NOT EXISTS schemadiff",
    f"""CREATE TABLE IF NOT EXISTS {HISTORY} (
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

# The columns an entry is read from, in this order (apply/history.py builds its Entry by position).
ENTRY_COLUMNS = ("id", "applied_at", "applied_by", "kind", "status", "summary", "rollback_sql",
                 "rollback_batches", "fingerprint_before", "fingerprint_after", "error", "pid",
                 "forward_batches", "done_batches", "progress_fingerprint", "owned", "cleanup",
                 "before_schema", "of_entry", "schema_hash", "rollback_owned", "left_fingerprint")

# Which rows a query reads; `by_id` takes the id as its one parameter.
_WHICH = {
    "all": "true",
    "running": "status = 'running'",
    "applies": "kind = 'apply'",
    "changed": "kind = 'apply' AND status IN ('applied', 'failed', 'interrupted')",
    "by_id": "id = %s",
}


def table_statements() -> tuple[str, ...]:
    """Create both tables, or bring an older schemadiff's history table up to date (idempotent)."""
    added = tuple(f"ALTER TABLE {HISTORY} ADD COLUMN IF NOT EXISTS {column}" for column in _COLUMNS)
    return _TABLES + added


def status_check_replacement(old_checks: list[str]) -> tuple[str, ...]:
    """Drop the status checks named `old_checks` (an older table's, which lack a status) and add
    the one that allows every status."""
    drops = tuple(f"ALTER TABLE {HISTORY} DROP CONSTRAINT {ident(name)}" for name in old_checks)
    return drops + (f"ALTER TABLE {HISTORY} ADD CONSTRAINT history_status_check {_STATUS_CHECK}",)


def entries_query(which: str, limit: int | None = None) -> str:
    """The ENTRY_COLUMNS of the rows `which` names (a key of _WHICH), newest first."""
    tail = f" LIMIT {literal(int(limit))}" if limit else ""
    return f"SELECT {', '.join(ENTRY_COLUMNS)} FROM {HISTORY} WHERE {_WHICH[which]} ORDER BY id DESC{tail}"
