"""Fixtures for views, security and domains: roles (cluster-wide, created once) and a model
reader."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from schemadiff.introspect import introspect
from schemadiff.model import Database

ROLES = ("sd_app", "sd_admin")


@pytest.fixture
def roles(server) -> tuple[str, ...]:
    """sd_app and sd_admin exist on `server` (roles outlive the test databases)."""
    with server.admin() as conn:
        for name in ROLES:
            conn.execute(f"DO $$ BEGIN CREATE ROLE {name}; "
                         "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    return ROLES


@pytest.fixture
def inspect(db_conn: psycopg.Connection, roles) -> Callable[[str], Database]:
    """inspect(sql) runs `sql` in the test's fresh database and returns introspect() of it."""

    def run(sql: str = "") -> Database:
        if sql:
            db_conn.execute(sql)
        return introspect(db_conn)

    return run
