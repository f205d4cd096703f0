"""Fixtures for introspection tests: build objects with SQL, read them back as a model."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from schemadiff.introspect import introspect
from schemadiff.model import Database


@pytest.fixture
def inspect(db_conn: psycopg.Connection) -> Callable[[str], Database]:
    """inspect(sql) runs `sql` in the test's fresh database and returns introspect() of it."""

    def run(sql: str = "") -> Database:
        if sql:
            db_conn.execute(sql)
        return introspect(db_conn)

    return run

