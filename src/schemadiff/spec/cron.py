"""The `cron:` block: pg_cron jobs by name, and who owns the jobs it does not declare."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, Field, model_validator

from ..errors import SpecError
from ..model import CronJob, CronPolicy
from .cron_schedule import schedule_problem
from .fields import Name, Spec, SqlText
from .paths import RuleError, display_path
from .sql_checks import statement
from .templates import render as render_template

if TYPE_CHECKING:
    from .documents import SpecDocument


def _schedule(value: str) -> str:
    problem = schedule_problem(value)
    if problem:
        raise ValueError(f"invalid pg_cron schedule {value.strip()!r}: {problem}")
    return value.strip()


class CronJobSpec(Spec):
    schedule: Annotated[SqlText, AfterValidator(_schedule)]
    command: SqlText | None = None  # SQL run by the job, stored as written
    command_template: SqlText | None = None  # or a template's name, rendered with `vars`
    vars: dict[Name, Any] = {}
    schema_: Name | None = Field(None, alias="schema")  # where the template works (default public)
    database: Name | None = None  # default: the database schemadiff plans against
    username: Name | None = None  # default: the role schemadiff connects as
    active: bool = True
    comment: SqlText | None = None  # for readers of schema.yaml; pg_cron cannot store it

    model_config = Spec.model_config | {"populate_by_name": True}

    @model_validator(mode="after")
    def _one_command(self):
        if (self.command is None) == (self.command_template is None):
            raise RuleError("a job needs exactly one of `command` and `command_template`")
        for key in ("vars", "schema_"):
            if getattr(self, key) and self.command_template is None:
                where = key.rstrip("_")
                raise RuleError(f"`{where}` is only for a `command_template`", (where,))
        if self.command is not None and not self.command.strip():
            raise RuleError("the command is empty", ("command",))
        return self


class CronSpec(Spec):
    owns_all_jobs: bool = False  # true: jobs not declared here are unscheduled
    jobs: dict[Name, CronJobSpec] = {}
    unschedule: list[Name] = []  # jobs that must not exist (how to remove one without owning all)

    @model_validator(mode="after")
    def _unschedule_undeclared(self):
        for i, name in enumerate(self.unschedule):
            if name in self.jobs:
                raise RuleError(f"job {name!r} is both declared and listed to unschedule",
                                ("unschedule", i))
        return self


def cron_jobs(doc: SpecDocument) -> list[CronJob]:
    """The declared jobs; database and username stay None (the target's) until planning."""
    return [CronJob(name, job.schedule, _command(doc, name, job), job.database, job.username,
                    job.active, job.comment)
            for name, job in doc.cron.jobs.items()]


def cron_policy(doc: SpecDocument, skip: bool = False) -> CronPolicy:
    """What the document says about the jobs it does not declare; `skip` is --skip-cron."""
    extension = doc.line_of(("extensions", "pg_cron")) if "pg_cron" in doc.extensions else None
    return CronPolicy(doc.cron.owns_all_jobs, frozenset(doc.cron.unschedule), skip, doc.file,
                      doc.line_of(("cron",)), extension)


def _command(doc: SpecDocument, name: str, job: CronJobSpec) -> str:
    if job.command is not None:
        return _one_statement(doc, name, job.command, "command")
    # The one call site of the template loader for cron commands (spec/templates.py).
    command = render_template(doc, job.command_template, job.vars, what=f"cron job {name!r}",
                              path=("cron", "jobs", name, "command_template"),
                              schema=job.schema_ or "public")
    return _one_statement(doc, name, command, "command_template")


def _one_statement(doc: SpecDocument, name: str, command: str, key: str) -> str:
    """A job's command, rendered, is exactly one statement of PostgreSQL's grammar.

    One, because pg_cron runs the whole text as one multi-statement query: a second statement
    (`SELECT 1; COPY ... TO PROGRAM ...`) is easy to miss in review; several steps belong in a
    procedure (CALL) or a DO block. Any kind of statement is allowed (DELETE, CALL, VACUUM, DO,
    REFRESH MATERIALIZED VIEW ...): running SQL on a schedule is what a job is for, and plan
    only parses and resolves it (canonical/cron.py), never runs it.
    """
    try:
        statement(command, "its command")
    except RuleError as exc:
        path = ("cron", "jobs", name, key)
        raise SpecError(f"cron job {name!r}: {exc.message}", doc.file, doc.line_of(path),
                        display_path(path), exc.hint) from None
    return command


def cron_block(db) -> dict:
    """The `cron:` block of `schemadiff dump`: every managed job, defaults left out."""
    jobs = {job.name: _job_block(job, db.cron) for job in db.of_kind("cron_job")}
    return {"jobs": jobs} if jobs else {}


def _job_block(job: CronJob, info) -> dict:
    block: dict = {"schedule": job.schedule, "command": job.command}
    if job.database != info.database:
        block["database"] = job.database
    if job.username != info.username:
        block["username"] = job.username
    if not job.active:
        block["active"] = False
    return block
