"""pg_cron jobs: schedule, alter only what changed, unschedule."""

from __future__ import annotations

from ...model import CronJob
from .. import ops
from ..ops.cron import ALTERABLE
from .registry import STRATEGIES, Strategy


def create_ops(job: CronJob) -> list[ops.Op]:
    return [ops.ScheduleCronJob(job)]


def drop_ops(job: CronJob) -> list[ops.Op]:
    return [ops.UnscheduleCronJob(job)]


def alter_ops(old: CronJob, new: CronJob, fields: tuple[str, ...]) -> list[ops.Op]:
    changed = tuple(f for f in ALTERABLE if f in fields)
    return [ops.AlterCronJob(old, new, changed)] if changed else []


STRATEGIES.register("cron_job", Strategy(
    create=lambda job, ctx: create_ops(job), drop=lambda job, ctx: drop_ops(job),
    alter=lambda old, new, fields, ctx: alter_ops(old, new, fields)))
