"""Drops of what a stopped run left behind: a migration's helper indexes and constraints on the
target (apply/leftovers.py, apply/executor.py); a killed plan's scratch databases and roles are
dropped with render/scratch.py's statements. Names come from the catalog or the run's record:
quoted, never trusted."""

from __future__ import annotations

from ..quoting import ident, qualified


def drop_index(schema: str, name: str) -> str:
    """CONCURRENTLY: takes no lock that blocks writers (the connection is in autocommit); an
    INVALID index left by an interrupted build is dropped the same way."""
    return f"DROP INDEX CONCURRENTLY IF EXISTS {qualified(schema, name)}"


def drop_constraint(on_domain: bool, schema: str, parent: str, name: str) -> str:
    """A helper constraint of a table, or a helper check of a domain."""
    target = "DOMAIN" if on_domain else "TABLE"
    return f"ALTER {target} {qualified(schema, parent)} DROP CONSTRAINT IF EXISTS {ident(name)}"
