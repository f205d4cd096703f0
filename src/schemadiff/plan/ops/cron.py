"""Operations on pg_cron jobs: rows of cron.job written through pg_cron's functions, in the main
transaction (they are plain inserts and updates, so a failed migration schedules nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import CronJob, ObjectId
from .base import Hazard, LockMode, Op

UNSCHEDULES_JOB = Hazard("unschedules_job")

# The fields cron.alter_job can change, in its parameter order.
ALTERABLE = ("schedule", "command", "database", "username", "active")


@dataclass(frozen=True)
class ScheduleCronJob(Op):
    lock_mode = LockMode.NONE
    job: CronJob
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.job.id


@dataclass(frozen=True)
class AlterCronJob(Op):
    lock_mode = LockMode.NONE
    old: CronJob
    new: CronJob
    fields: tuple[str, ...]  # the changed ones, in ALTERABLE order; only these are passed

    @property
    def target(self) -> ObjectId:
        return self.new.id

    def describe(self) -> str:
        return f"alter {self.target.display()}: {', '.join(self.fields)}"


@dataclass(frozen=True)
class UnscheduleCronJob(Op):
    lock_mode = LockMode.NONE
    job: CronJob
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.job.id

    def hazards(self) -> tuple[tuple[Hazard, str], ...]:
        # Not data loss (the rollback schedules it again, same name and text), but a job that stops
        # running is easy to miss in review: purges stop, tables grow.
        return ((UNSCHEDULES_JOB, f"pg_cron job {self.job.name!r} ({self.job.schedule}) will stop running"),)
