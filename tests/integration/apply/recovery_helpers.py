"""Shared by the recovery tests and benchmarks/bench_kills.py: a migration with slow online
steps, a way to kill `schemadiff apply` in the middle of one, and catalog checks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

SRC = Path(__file__).resolve().parents[3] / "src"

# Existing tables with rows, so every addition takes the online path: NOT VALID + VALIDATE,
# a helper CHECK for SET NOT NULL, concurrent index builds, a unique index attached USING INDEX.
BEFORE = """
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, amount integer);
INSERT INTO accounts SELECT g, 'u' || g || '@x' FROM generate_series(1, {accounts}) g;
INSERT INTO orders SELECT g, g % {accounts} + 1, g FROM generate_series(1, {orders}) g;
ANALYZE accounts; ANALYZE orders;
"""

TARGET = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, not_null: true}
          email: {type: text, not_null: true}
        primary_key: [id]
        unique:
          accounts_email_key: [email]
      orders:
        columns:
          id: {type: bigint, not_null: true}
          account_id: {type: bigint, references: accounts}
          amount: {type: integer}
        primary_key: [id]
        checks:
          orders_amount_positive: "amount > 0"
        indexes:
          orders_account_idx: [account_id]
"""

# Only concurrent index builds: nothing is left half-made between steps, so a stopped run resumes.
INDEXES_ONLY = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, not_null: true}
          email: text
        primary_key: [id]
      orders:
        columns:
          id: {type: bigint, not_null: true}
          account_id: bigint
          amount: integer
        primary_key: [id]
        indexes:
          orders_account_idx: [account_id]
          orders_amount_idx: [amount]
"""

_LEFTOVERS = """
SELECT 'INVALID index ' || indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid
UNION ALL
SELECT 'NOT VALID constraint ' || conname FROM pg_constraint WHERE NOT convalidated
UNION ALL
SELECT 'helper constraint ' || conname FROM pg_constraint WHERE conname LIKE '%schemadiff%'
UNION ALL
SELECT 'helper relation ' || relname FROM pg_class
 WHERE relname LIKE '%schemadiff%' AND relnamespace <> 'pg_catalog'::regnamespace
"""


def seed_sql(accounts: int = 2000, orders: int = 200_000) -> str:
    return BEFORE.format(accounts=accounts, orders=orders)


def leftovers(url: str) -> list[str]:
    """Helper objects in the catalog: none may remain after a migration ends, however it ended."""
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(_LEFTOVERS).fetchall()]


def scratch_databases(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'schemadiff\\_scratch\\_%'").fetchall()]


def history(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        if conn.execute("SELECT to_regclass('schemadiff.history')").fetchone()[0] is None:
            return []
        return conn.execute("SELECT kind, status FROM schemadiff.history ORDER BY id").fetchall()


def start_apply(url: str, project: Path, *extra: str) -> subprocess.Popen:
    """`schemadiff apply --yes` in a child process, on this worktree's sources."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "schemadiff", "apply", "--yes", "--schema", str(project / "schema.yaml"),
           "--database", url, *extra]
    return subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def running_statement(url: str) -> str | None:
    """The statement the apply's own connection to `url` is executing, if any."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'schemadiff' "
            "AND state = 'active' AND query NOT ILIKE '%%pg_catalog%%' AND query NOT ILIKE '%%schemadiff.history%%' "
            "AND pid <> pg_backend_pid() LIMIT 1").fetchone()
    return row[0] if row else None


def execution_started(url: str) -> bool:
    """The apply has recorded its history row: planning and the proof are over."""
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT to_regclass('schemadiff.history')").fetchone()[0] is None:
            return False
        return conn.execute("SELECT count(*) FROM schemadiff.history WHERE status = 'running'").fetchone()[0] > 0


def wait_for(condition, timeout: float = 60.0, every: float = 0.005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def kill_when(proc: subprocess.Popen, condition, sig: int = signal.SIGKILL, timeout: float = 60.0) -> bool:
    """Send `sig` once `condition()` holds; False when the process ended first."""
    ok = wait_for(lambda: proc.poll() is not None or condition(), timeout)
    if not ok or proc.poll() is not None:
        return False
    proc.send_signal(sig)
    return True


def backend_gone(url: str, timeout: float = 60.0) -> bool:
    """A killed client's backend ends when it next talks to the socket (after its statement)."""
    def gone() -> bool:
        with psycopg.connect(url, autocommit=True) as conn:
            return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND application_name = 'schemadiff'").fetchone()[0] == 0
    return wait_for(gone, timeout, every=0.05)
