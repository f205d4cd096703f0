"""SQL for pg_cron jobs: calls of pg_cron's functions (1.4+), every value a quoted literal; and
the function canonical/cron.py creates to check a job's command without running it."""

from __future__ import annotations

from ..model import CronJob
from ..plan import ops
from ..quoting import ident, literal
from .registry import renders
from .comments import COMMENT_TARGETS


# Temporary, and created in a transaction that is always rolled back (canonical/cron.py).
_CHECKER = "pg_temp.schemadiff_cron_check"


def command_check(language: str, body: str) -> str:
    """CREATE FUNCTION with `body` (a command, or a DO block's body) in `language`: with
    check_function_bodies on, PostgreSQL analyses the body as running it would, minus running."""
    return f"CREATE FUNCTION {_CHECKER}() RETURNS void LANGUAGE {ident(language)} AS {literal(body)}"


def job_id(job: CronJob) -> str:
    """The job's id looked up by name and owner: names are unique per username only, and
    cron.unschedule(name) would only find the connected role's job."""
    return (f"(SELECT jobid FROM cron.job WHERE jobname = {literal(job.name)}"
            f" AND username = {literal(job.username)})")


@renders(ops.ScheduleCronJob)
def _schedule(op: ops.ScheduleCronJob) -> list[str]:
    j = op.job
    args = ", ".join(literal(v) for v in (j.name, j.schedule, j.command, j.database, j.username, j.active))
    return [f"SELECT cron.schedule_in_database({args})"]


@renders(ops.AlterCronJob)
def _alter(op: ops.AlterCronJob) -> list[str]:
    # Only the changed fields: alter_job leaves a NULL (omitted) argument as it is.
    changes = ", ".join(f"{f} := {literal(getattr(op.new, f))}" for f in op.fields)
    return [f"SELECT cron.alter_job({job_id(op.old)}, {changes})"]


@renders(ops.UnscheduleCronJob)
def _unschedule(op: ops.UnscheduleCronJob) -> list[str]:
    return [f"SELECT cron.unschedule({job_id(op.job)})"]


COMMENT_TARGETS.register("cron_job", None)  # a row of cron.job: pg_cron stores no comment
