"""pg_cron jobs in a plan: which jobs it manages, whether the target can hold them, their order.

Jobs are rows of `cron.job` in the database named by cron.database_name (PITFALLS: pg_cron), so
a scratch database never holds them: the scratch builds the schema without them (and checks
their commands), and the desired jobs are put back from schema.yaml afterwards (CronScope).
The pg_cron extension itself (`extensions: {pg_cron: {}}`, as 003's migration 007 creates it) is
treated the same way: only the cron database of a server that preloads pg_cron can create it, so
it is left out of every scratch database and put back into the desired state here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import SpecError
from ..model import CronJob, CronPolicy, Database, Extension
from ..model.cron import PG_CRON, split_cron_jobs

SKIPPED_NOTE = "cron jobs not managed (--skip-cron, or the embedded default server, which has no pg_cron)"
EXTENSION_SKIPPED_NOTE = ("extension pg_cron left as it is (--skip-cron, or the embedded default "
                          "server, which has no pg_cron)")
PROOF_NOTE = ("extension pg_cron is created in the target only: a scratch database cannot hold it, "
              "so the proof runs the plan without pg_cron and its jobs (their commands were checked)")
_SECONDS = re.compile(r"\d+ seconds")


@dataclass(frozen=True)
class CronScope:
    """The jobs of one plan: schema.yaml's (`declared`), the target's (`current`), the policy."""

    policy: CronPolicy
    current: Database
    declared: tuple[CronJob, ...]
    extension: Extension | None = None  # schema.yaml's pg_cron, when declared and managed
    wanted_extension: bool = False  # schema.yaml declares pg_cron (managed or not)

    @classmethod
    def of(cls, spec_model: Database, current: Database, policy: CronPolicy) -> CronScope:
        """Raises SpecError when schema.yaml declares jobs, or pg_cron, the target cannot hold."""
        declared = () if policy.skip else split_cron_jobs(spec_model)[1]
        wanted = spec_model.get(PG_CRON)
        extension = None if policy.skip else wanted
        creates = check_extension(extension, current, policy)
        check_target(declared, current, policy, creates)
        return cls(policy, current, declared, extension, wanted is not None)

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
        # pg_cron as declared; else as it is: never dropped by a forward plan (that would drop
        # cron.job, every job of every user with it). A rollback still drops the one it created.
        extension = self.extension or self.current.get(PG_CRON)
        schema = schema.replace(extension) if extension is not None else schema
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
            return (SKIPPED_NOTE,) + ((EXTENSION_SKIPPED_NOTE,) if self.wanted_extension else ())
        here = self.current.cron.database
        out = [f"{d}: it cannot be managed from schema.yaml and is left alone"
               for d in self.current.cron.unmanaged]
        out += [f"cron job {j.name!r} runs in database {j.database!r}, not {here!r}: its command "
                "was not checked against this schema" for j in self.declared
                if j.database is not None and j.database != here]
        if self.extension is not None and self.current.get(PG_CRON) is None:
            out.append(PROOF_NOTE)
        return tuple(out)


def check_target(declared: tuple[CronJob, ...], current: Database, policy: CronPolicy,
                 creates: bool = False) -> None:
    """Jobs can only be planned where pg_cron's job table is (or will be, when this plan creates
    the extension: `creates`): say where that is, or how to skip."""
    if not declared:
        return
    names = ", ".join(j.name for j in declared)
    info = current.cron
    if not info.available and not creates:
        reason, hint = _unavailable(info.database, info.database_name)
        raise SpecError(f"schema.yaml declares pg_cron jobs ({names}) but {reason}", policy.file,
                        policy.line, "cron.jobs", hint=f"{hint}, or pass --skip-cron to leave cron jobs alone")
    seconds = [j.name for j in declared if _SECONDS.fullmatch(j.schedule)]
    version = info.version or (info.default_version if creates else None)
    if seconds and _version(version) < (1, 5):
        raise SpecError(f"jobs {', '.join(seconds)} use an `N seconds` schedule, which needs pg_cron 1.5; "
                        f"this server has {version}", policy.file, policy.line, "cron.jobs",
                        hint="use a five-field cron schedule, or upgrade pg_cron")


def check_extension(extension: Extension | None, current: Database, policy: CronPolicy) -> bool:
    """Whether this plan creates pg_cron; SpecError when schema.yaml declares it where it cannot be
    created (PITFALLS: pg_cron needs shared_preload_libraries and works in cron.database_name only)."""
    if extension is None:
        return False
    where = (policy.file, policy.extension_line, "extensions.pg_cron")
    installed = current.get(PG_CRON)
    if installed is not None:
        if installed.schema != extension.schema:  # pg_cron is not relocatable
            raise SpecError(f"extension pg_cron is installed in schema {installed.schema!r}, not "
                            f"{extension.schema!r}, and cannot be moved", *where,
                            hint=f"declare it as `pg_cron: {{schema: {installed.schema}}}`")
        return False
    problem = _not_creatable(current.cron)
    if problem:
        reason, hint = problem
        raise SpecError(f"schema.yaml declares extension pg_cron but {reason}", *where,
                        hint=f"{hint}, or pass --skip-cron to leave pg_cron and its jobs alone")
    return True


def _not_creatable(info) -> tuple[str, str] | None:
    here = info.database
    setup = (f"add pg_cron to shared_preload_libraries and set cron.database_name = '{here}' in "
             "postgresql.conf, then restart the server")
    if info.default_version is None:
        return ("pg_cron is not installed on this server (it is not in pg_available_extensions)",
                f"install pg_cron's package (e.g. postgresql-15-cron), {setup}")
    if not info.preloaded:
        return ("this server does not preload it (pg_cron is not in shared_preload_libraries, or "
                "that setting is hidden from this role)", setup)
    if info.database_name is None:
        return ("cron.database_name is hidden from this role, so the database pg_cron belongs to is "
                "unknown", "connect as a superuser (CREATE EXTENSION pg_cron needs one)")
    if info.database_name != here:
        return (f"it can only be created in database {info.database_name!r} (cron.database_name), "
                f"and this plan targets {here!r}",
                f"plan against {info.database_name!r}, or set cron.database_name = '{here}' and "
                "restart the server")
    return None


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
    unscheduled before every other drop (so it never runs against half a migration's objects).

    That includes CREATE EXTENSION pg_cron (cron.schedule_in_database exists only after it) and
    DROP EXTENSION pg_cron (a rollback unschedules its jobs, one step each, while cron.unschedule
    still exists; the drop then removes cron.job itself)."""
    jobs = [n for n in nodes if n.op.target.kind == "cron_job"]
    others = [n for n in nodes if n.op.target.kind != "cron_job"] if jobs else []
    for job in jobs:
        for other in others:
            if job.op.action == "drop" and other.op.action == "drop":
                edges[job.index].add(other.index)
            elif job.op.action != "drop" and other.op.action != "drop":
                edges[other.index].add(job.index)


def without_cron(current: Database, desired: Database, forward, rollback) -> tuple:
    """Both states and both plans without pg_cron (its jobs and the extension), for a scratch
    database (which cannot hold them). No schema object depends on a job or on pg_cron, so leaving
    their steps out changes nothing else."""
    def steps(plan):
        return replace(plan, ops=tuple(op for op in plan.ops
                                       if op.target.kind != "cron_job" and op.target != PG_CRON))

    return split_cron_jobs(current)[0], split_cron_jobs(desired)[0], steps(forward), steps(rollback)
