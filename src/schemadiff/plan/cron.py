"""pg_cron jobs in a plan: which jobs it manages, whether the target can hold them, their order.

Jobs are rows of `cron.job` in the database named by cron.database_name (PITFALLS: pg_cron), so
a scratch database never holds them: the scratch builds the schema without them (and checks
their commands), and the desired jobs are put back from schema.yaml afterwards (CronScope).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import SpecError
from ..model import CronJob, CronPolicy, Database
from ..model.cron import split_cron_jobs

SKIPPED_NOTE = "cron jobs not managed (--skip-cron, or the embedded default server, which has no pg_cron)"
_SECONDS = re.compile(r"\d+ seconds")


@dataclass(frozen=True)
class CronScope:
    """The jobs of one plan: schema.yaml's (`declared`), the target's (`current`), the policy."""

    policy: CronPolicy
    current: Database
    declared: tuple[CronJob, ...]

    @classmethod
    def of(cls, spec_model: Database, current: Database, policy: CronPolicy) -> CronScope:
        """Raises SpecError when schema.yaml declares jobs the target cannot hold."""
        declared = () if policy.skip else split_cron_jobs(spec_model)[1]
        check_target(declared, current, policy)
        return cls(policy, current, declared)

    def to_build(self, spec_model: Database) -> Database:
        """The model the scratch database builds: jobs whose database is left None are the target
        database's, and only those have their commands checked against this schema."""
        here = self.current.cron.database
        local = (replace(j, database=None) if j.database == here else j for j in self.declared)
        return split_cron_jobs(spec_model)[0].replace(*local)

    def desired(self, built: Database) -> Database:
        """The desired state with its jobs: the declared ones with the target's defaults filled in,
        plus the target's other jobs unless schema.yaml owns all jobs or lists them to unschedule."""
        schema, _ = split_cron_jobs(built)
        current_jobs = self.current.of_kind("cron_job")
        if self.policy.skip:
            return schema.replace(*current_jobs)  # not managed: exactly as they are
        info = self.current.cron
        jobs = [replace(j, database=j.database or info.database, username=j.username or info.username)
                for j in self.declared]
        names = {j.name for j in jobs} | self.policy.unschedule
        kept = [] if self.policy.owns_all_jobs else [j for j in current_jobs if j.name not in names]
        return schema.replace(*jobs, *kept)

    def notes(self) -> tuple[str, ...]:
        """What the plan's reader should know about the jobs it does not manage or check."""
        if self.policy.skip:
            return (SKIPPED_NOTE,)
        here = self.current.cron.database
        out = [f"{d}: it cannot be managed from schema.yaml and is left alone"
               for d in self.current.cron.unmanaged]
        out += [f"cron job {j.name!r} runs in database {j.database!r}, not {here!r}: its command "
                "was not checked against this schema" for j in self.declared
                if j.database is not None and j.database != here]
        return tuple(out)


def check_target(declared: tuple[CronJob, ...], current: Database, policy: CronPolicy) -> None:
    """Jobs can only be planned where pg_cron's job table is: say where that is, or how to skip."""
    if not declared:
        return
    names = ", ".join(j.name for j in declared)
    info = current.cron
    if not info.available:
        reason, hint = _unavailable(info.database, info.database_name)
        raise SpecError(f"schema.yaml declares pg_cron jobs ({names}) but {reason}", policy.file,
                        policy.line, "cron.jobs", hint=f"{hint}, or pass --skip-cron to leave cron jobs alone")
    seconds = [j.name for j in declared if _SECONDS.fullmatch(j.schedule)]
    if seconds and _version(info.version) < (1, 5):
        raise SpecError(f"jobs {', '.join(seconds)} use an `N seconds` schedule, which needs pg_cron 1.5; "
                        f"this server has {info.version}", policy.file, policy.line, "cron.jobs",
                        hint="use a five-field cron schedule, or upgrade pg_cron")


def _unavailable(database: str, cron_database: str | None) -> tuple[str, str]:
    if cron_database and cron_database != database:
        return (f"pg_cron's jobs live in database {cron_database!r} (cron.database_name), and this "
                f"plan targets {database!r}", f"plan against {cron_database!r}")
    if cron_database:
        return (f"pg_cron is not installed in database {database!r}, or this role cannot read "
                "cron.job", "run CREATE EXTENSION pg_cron there as a superuser")
    return ("pg_cron is not available on this server (not in shared_preload_libraries, or its "
            "settings are hidden from this role)",
            "install pg_cron and set cron.database_name to this database")


def _version(text: str | None) -> tuple[int, ...]:
    parts = re.findall(r"\d+", text or "")
    return tuple(int(p) for p in parts[:2]) if parts else (0,)


def cron_edges(nodes, edges: dict[int, set[int]]) -> None:
    """A job's command calls functions and reads tables by name, which pg_depend cannot see: every
    job is scheduled or altered after every other create, alter and rename of the plan, and
    unscheduled before every other drop (so it never runs against half a migration's objects)."""
    jobs = [n for n in nodes if n.op.target.kind == "cron_job"]
    others = [n for n in nodes if n.op.target.kind != "cron_job"] if jobs else []
    for job in jobs:
        for other in others:
            if job.op.action == "drop" and other.op.action == "drop":
                edges[job.index].add(other.index)
            elif job.op.action != "drop" and other.op.action != "drop":
                edges[other.index].add(job.index)


def without_cron(current: Database, desired: Database, forward, rollback) -> tuple:
    """Both states and both plans without pg_cron jobs, for a scratch database (which cannot hold
    them). No schema object depends on a job, so leaving their steps out changes nothing else."""
    def steps(plan):
        return replace(plan, ops=tuple(op for op in plan.ops if op.target.kind != "cron_job"))

    return split_cron_jobs(current)[0], split_cron_jobs(desired)[0], steps(forward), steps(rollback)
