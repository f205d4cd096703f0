"""Drops of what a stopped run left behind: a migration's helper indexes and constraints on the
target (apply/leftovers.py, apply/executor.py) and a killed plan's scratch databases and roles
(canonical/leftovers.py). Names come from the catalog or the run's record: quoted, never trusted."""

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


def drop_scratch_database(name: str) -> str:
    """WITH (FORCE): a session a killed run left connected must not keep the database."""
    return f"DROP DATABASE IF EXISTS {ident(name)} WITH (FORCE)"


def drop_scratch_role(name: str) -> str:
    return f"DROP ROLE IF EXISTS {ident(name)}"
