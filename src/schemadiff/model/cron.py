"""pg_cron jobs: rows of `cron.job`, not catalog objects, managed by name (PITFALLS: pg_cron)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ids import ObjectId, extension_id
from .kinds import register_kind

if TYPE_CHECKING:
    from .database import Database


def cron_job_id(name: str) -> ObjectId:
    return ObjectId("cron_job", "", name)


def normalise_command(text: str) -> str:
    """The command as compared: trailing whitespace and one trailing `;` do not change what runs.

    pg_cron stores the text as given and nothing deparses it, so the two sides are compared as
    written; a YAML `|` block's final newline or a habitual `;` must not be a change.
    """
    text = text.rstrip()
    return text[:-1].rstrip() if text.endswith(";") else text


@dataclass(frozen=True, slots=True)
class CronJob:
    name: str
    schedule: str  # `0 3 * * *`, `@daily`, `30 seconds`: pg_cron's own syntax, as written
    command: str
    # None only on the spec side before planning: "the target database" / "the connected role".
    database: str | None = None
    username: str | None = None
    active: bool = True
    # pg_cron has nowhere to store a comment: it documents schema.yaml and is never compared.
    comment: str | None = field(default=None, compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "schedule", self.schedule.strip())
        object.__setattr__(self, "command", normalise_command(self.command))

    @property
    def id(self) -> ObjectId:
        return cron_job_id(self.name)


@dataclass(frozen=True, slots=True)
class CronInfo:
    """What introspection learnt about pg_cron in the connected database (never compared)."""

    available: bool = False  # pg_cron is installed here and cron.job could be read
    database: str = ""  # current_database(): the default database of a declared job
    username: str = ""  # current_user: the default username of a declared job
    database_name: str | None = None  # the cron.database_name setting (None: unset or hidden)
    version: str | None = None  # pg_cron's extversion, e.g. `1.4-1`
    unmanaged: tuple[str, ...] = ()  # jobs that cannot be managed by name, described for notes
    # The server preloads pg_cron (shared_preload_libraries, or its launcher runs): CREATE
    # EXTENSION pg_cron can work, in database_name only.
    preloaded: bool = False
    default_version: str | None = None  # what CREATE EXTENSION pg_cron would install (None: absent)


@dataclass(frozen=True)
class CronPolicy:
    """How schema.yaml's `cron:` block governs the jobs it does not declare, and --skip-cron."""

    owns_all_jobs: bool = False  # undeclared jobs are unscheduled (else left alone)
    unschedule: frozenset[str] = frozenset()  # jobs that must not exist, when not owning all
    skip: bool = False  # --skip-cron: neither read nor plan jobs (nor the pg_cron extension)
    file: str = "schema.yaml"
    line: int | None = None  # of the `cron:` block, for errors about the whole block
    extension_line: int | None = None  # of `extensions: pg_cron`, when schema.yaml declares it


PG_CRON = extension_id("pg_cron")


def split_cron_jobs(db: Database) -> tuple[Database, tuple[CronJob, ...]]:
    """(the database without pg_cron, its jobs): a scratch database can hold neither the jobs nor
    the extension (CREATE EXTENSION pg_cron works only in cron.database_name)."""
    jobs = tuple(db.of_kind("cron_job"))
    ids = [j.id for j in jobs] + ([PG_CRON] if PG_CRON in db.objects else [])
    return (db.without(*ids) if ids else db), jobs


register_kind("cron_job", CronJob, family="cron", rank=150)
