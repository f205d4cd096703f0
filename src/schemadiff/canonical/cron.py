"""Check pg_cron commands at plan time (PITFALLS: pg_cron stores a command unchecked, so a typo
surfaces only when the job first runs, at 3 AM): run each one in the scratch database that holds
the desired schema, inside a transaction that is always rolled back."""

from __future__ import annotations

import psycopg
from psycopg import errors as pgerrors

from ..errors import SpecError
from ..model import CronJob
from ..quoting import literal

# Long enough to parse, plan and start any command; a longer one is cancelled (see below).
CHECK_TIMEOUT = "2s"
# Statements that refuse a transaction block (VACUUM, CREATE INDEX CONCURRENTLY: 25001) or a
# procedure that commits (CALL: 2D000) cannot be tried inside one; pg_cron runs them outside.
# Postgres got far enough to resolve the statement, so they are accepted as they are.
_NEEDS_OWN_TRANSACTION = (pgerrors.ActiveSqlTransaction, pgerrors.InvalidTransactionTermination)


def check_commands(conn: psycopg.Connection, jobs: tuple[CronJob, ...], source: str) -> None:
    """Raise SpecError naming the first job whose command PostgreSQL rejects.

    Only jobs for the target database (database None) are checked: another database's objects
    are not in this schema. The scratch database is thrown away, and every command is rolled back
    anyway, so a DELETE deletes nothing and a command that only fails on real rows passes here.
    """
    for job in jobs:
        if job.database is None:
            _check(conn, job, source)


def _check(conn: psycopg.Connection, job: CronJob, source: str) -> None:
    conn.execute("BEGIN")
    try:
        # A job starts in a fresh session: the database's default search_path, not the build's.
        conn.execute("SET LOCAL search_path TO DEFAULT")
        conn.execute(f"SET LOCAL statement_timeout = {literal(CHECK_TIMEOUT)}")
        conn.execute(job.command)  # no parameters: the simple protocol, several statements allowed
    except pgerrors.QueryCanceled:
        pass  # ran past the timeout: it parsed and resolved every name, which is what we check
    except _NEEDS_OWN_TRANSACTION:
        pass
    except psycopg.Error as exc:
        message = (exc.diag.message_primary or str(exc)).strip()
        raise SpecError(f"cron job {job.name!r}: PostgreSQL rejected its command: {message}", source,
                        key=f"cron.jobs.{job.name}.command",
                        hint=f"command: {job.command.splitlines()[0][:200]}") from None
    finally:
        conn.execute("ROLLBACK")
