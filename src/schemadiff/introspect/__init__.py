"""pg_catalog -> Model: a fixed number of queries for the whole database, never one per table."""

from __future__ import annotations

import psycopg

from ..model import Database
from . import constraints, depends, indexes, schemas, sequences, tables, types
from .catalog import fetch, snapshot

# query name -> builder of model objects from its rows
BUILDERS = (
    ("schemas", schemas.schemas),
    ("extensions", schemas.extensions),
    ("enums", types.enums),
    ("sequences", sequences.sequences),
    ("tables", tables.tables),
    ("constraints", constraints.constraints),
    ("indexes", indexes.indexes),
)


def introspect(conn: psycopg.Connection) -> Database:
    """Read every user object of the connected database into an immutable Database."""
    with snapshot(conn) as version:
        objects = [obj for name, build in BUILDERS for obj in build(fetch(conn, name))]
        dependencies = fetch(conn, "depends")
    return Database.of(depends.attach(objects, dependencies), server_version=version)


__all__ = ["introspect"]
