"""Check pg_cron commands at plan time (PITFALLS: pg_cron stores a command unchecked, so a typo
surfaces only when the job first runs, at 3 AM), without running them: plan runs on every pull
request, and a contributor's command must never execute there (issue 6).

Each command (already parsed as one statement by spec/cron.py) becomes the body of a temporary
SQL function in the scratch database holding the desired schema. Creating a SQL function with
check_function_bodies on parses and analyses its body (every table, column and function name
resolved) and runs nothing. A DO block's body is created as a function of its language the
same way (PL/pgSQL checks its syntax). All of it is rolled back."""

from __future__ import annotations

import psycopg
from psycopg import errors as pgerrors

from ..errors import SpecError
from ..model import CronJob
from ..render.cron import command_check
from ..render.sessions import statement_timeout_setting
from ..spec.sql_checks import statement
from ..sqlfiles import query_text

# Creating the function only parses: a timeout guards against a lock wait, nothing else.
CHECK_TIMEOUT = "2s"


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
    try:
        # rolled back whatever happens: the check must leave nothing, not even on success
        with conn.transaction(force_rollback=True):
            # A job starts in a fresh session: the database's default search_path, not the build's.
            conn.execute(query_text(__package__, "cron_check_session"))
            conn.execute(statement_timeout_setting(CHECK_TIMEOUT, local=True))
            conn.execute(_checker_sql(job.command))
    except pgerrors.QueryCanceled:
        pass  # a lock wait, not a mistake in the command
    except psycopg.Error as exc:
        message = (exc.diag.message_primary or str(exc)).strip()
        raise SpecError(f"cron job {job.name!r}: PostgreSQL rejected its command: {message}", source,
                        key=f"cron.jobs.{job.name}.command",
                        hint=f"command: {job.command.splitlines()[0][:200]}") from None


def _checker_sql(command: str) -> str:
    """CREATE FUNCTION whose validation reads `command` the way running it would, minus running."""
    tree = statement(command, "the command")
    do = tree.get("DoStmt")
    if do is None:
        return command_check("sql", command)
    options = {d["DefElem"]["defname"]: d["DefElem"]["arg"]["String"]["sval"] for d in do["args"]}
    return command_check(options.get("language", "plpgsql"), options["as"])  # a DO block's body
