"""pg_cron's jobs from cron.job, and what a declared job defaults to in this database."""

from __future__ import annotations

from dataclasses import replace

import psycopg

from ..model import CronInfo, CronJob
from .catalog import READERS, Reader, Row, fetch


def read_cron(conn: psycopg.Connection) -> tuple[CronInfo, list[CronJob]]:
    """CronInfo and the jobs that can be managed by name (inside the caller's snapshot)."""
    facts = fetch(conn, "cron_facts")[0]
    preloaded = bool(facts["preloaded"])
    if not preloaded and facts["default_version"] is not None and facts["server_version"] >= 150000:
        preloaded = bool(fetch(conn, "cron_loaded")[0]["loaded"])
    info = CronInfo(bool(facts["readable"]), facts["database"], facts["username"],
                    facts["database_name"] or None, facts["version"],
                    preloaded=preloaded,
                    default_version=facts["default_version"])
    if not info.available:
        return info, []
    jobs, unmanaged = managed_jobs(fetch(conn, "cron_jobs"), info.username)
    return replace(info, unmanaged=tuple(unmanaged)), jobs


def managed_jobs(rows: list[Row], user: str) -> tuple[list[CronJob], list[str]]:
    """Jobs with a name, one per name; the others described for the plan's notes.

    A job without a name cannot be addressed by schema.yaml. Names are unique per username, so a
    superuser may see one name twice: the connected role's job is managed, the others are not.
    """
    by_name: dict[str, list[Row]] = {}
    unmanaged = [f"{_describe(r)} has no name" for r in rows if not r["name"]]
    for r in rows:
        if r["name"]:
            by_name.setdefault(r["name"], []).append(r)
    jobs = []
    for name, found in by_name.items():
        found.sort(key=lambda r: (r["username"] != user, r["jobid"]))
        jobs.append(_job(found[0]))
        unmanaged += [f"{_describe(r)} shares its name with the job of {found[0]['username']}"
                      for r in found[1:]]
    return jobs, unmanaged


def _job(r: Row) -> CronJob:
    return CronJob(r["name"], r["schedule"], r["command"], r["database"], r["username"],
                   bool(r["active"]))


def _describe(r: Row) -> str:
    command = " ".join(str(r["command"]).split())
    command = command if len(command) <= 60 else command[:57] + "..."
    name = f" {r['name']!r}" if r["name"] else ""
    return f"pg_cron job{name} #{r['jobid']} of {r['username']} ({r['schedule']}: {command})"


class CronJobs(Reader):
    """cron.job rows, not catalog objects: read after the facts say pg_cron is here and whose
    jobs are ours (introspect() calls read_cron itself, for the jobs and Database.cron at once)."""

    def read(self, conn: psycopg.Connection) -> list:
        return read_cron(conn)[1]


READERS.register("cron_job", CronJobs("cron_jobs", build=list))
