"""pg_catalog -> Model: a fixed number of queries for the whole database, never one per table."""

from __future__ import annotations

import dataclasses

import psycopg

from ..model import Database
from . import constraints, depends, indexes, schemas, sequences, tables, types
from . import routines, triggers
from . import domains, security, views  # views, security, domains (issue 3 part B)
from .catalog import fetch, snapshot
from .cron import read_cron

# query name -> builder of model objects from its rows
BUILDERS = (
    ("schemas", schemas.schemas),
    ("extensions", schemas.extensions),
    ("enums", types.enums),
    ("sequences", sequences.sequences),
    ("tables", tables.tables),
    ("constraints", constraints.constraints),
    ("indexes", indexes.indexes),
    ("functions", routines.functions),  # functions and procedures
    ("triggers", triggers.triggers),
    ("views", views.views),  # views and materialized views
    ("policies", security.policies),
    ("grants", security.grants),
    ("domains", domains.domains),
)


def introspect(conn: psycopg.Connection) -> Database:
    """Read every user object of the connected database into an immutable Database."""
    with snapshot(conn) as version:
        objects = [obj for name, build in BUILDERS for obj in build(fetch(conn, name))]
        dependencies = fetch(conn, "depends")
        cron_info, cron_jobs = read_cron(conn)  # pg_cron's jobs: rows, not catalog objects
    found = Database.of(depends.attach(objects, dependencies) + cron_jobs, server_version=version)
    return dataclasses.replace(found, cron=cron_info)


__all__ = ["introspect"]
