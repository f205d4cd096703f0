"""pg_catalog -> Model: a fixed number of queries for the whole database, never one per table."""

from __future__ import annotations

import dataclasses

import psycopg

from ..model import Database
from . import constraints, cron, depends, domains, grants, indexes, namespaces, policies  # readers
from . import aggregates, collations, default_privileges, routines, sequences, tables, triggers, types, views  # readers
from .catalog import READERS, fetch, snapshot
from .cron import read_cron
from .unsupported import refuse_unsupported
from ..model.kinds import kinds

READERS.require_complete()  # a kind without a reader fails here, never read as "nothing"


def introspect(conn: psycopg.Connection, *, refuse: bool = True) -> Database:
    """Read every user object of the connected database into an immutable Database.

    `refuse=False` skips refusing what the model cannot hold, for a database schemadiff built
    itself from models that were read with it (the proof's scratch database): it reports only
    features schemadiff never creates, so it cannot find one there, and on a nearly empty
    database it is a third of a read's time (planning its 48 branches)."""
    with snapshot(conn) as version:
        if refuse:
            refuse_unsupported(conn)  # never an approximation of what the model cannot hold
        # pg_cron's facts once, for Database.cron and for the jobs (its reader would read them again)
        cron_info, jobs = read_cron(conn)
        cron_reader = READERS["cron_job"]
        objects = [obj for reader in readers() if reader is not cron_reader for obj in reader.read(conn)] + jobs
        dependencies = fetch(conn, "depends")
    found = Database.of(depends.attach(objects, dependencies), server_version=version)
    return dataclasses.replace(found, cron=cron_info)


def readers() -> list:
    """Each distinct reader once, in the kinds' reading order."""
    out: list = []
    for k in kinds():
        reader = READERS[k.name]
        if all(reader is not seen for seen in out):
            out.append(reader)
    return out


__all__ = ["introspect", "readers"]
