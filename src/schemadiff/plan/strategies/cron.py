"""pg_cron jobs: schedule, alter only what changed, unschedule."""

from __future__ import annotations

from ...model import CronJob
from .. import ops
from ..ops.cron import ALTERABLE


def create_ops(job: CronJob) -> list[ops.Op]:
    return [ops.ScheduleCronJob(job)]


def drop_ops(job: CronJob) -> list[ops.Op]:
    return [ops.UnscheduleCronJob(job)]


def alter_ops(old: CronJob, new: CronJob, fields: tuple[str, ...]) -> list[ops.Op]:
    changed = tuple(f for f in ALTERABLE if f in fields)
    return [ops.AlterCronJob(old, new, changed)] if changed else []
