"""ServerFacts read from a live connection, as superuser and as an ordinary role."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import sql

from schemadiff.db import server_facts
from schemadiff.db.server import cron_library_loaded


def test_superuser_facts(server, db_conn):
    facts = server_facts(db_conn)
    assert facts.version_num == server.version_num
    assert facts.major == {"pg18": 18, "pg15": 15}[server.name]
    assert facts.is_superuser and facts.can_create_database
    assert facts.current_database == db_conn.info.dbname
    assert {"plpgsql", "citext", "hstore"} <= facts.available_extensions
    assert facts.has_pg_cron == server.has_pg_cron
    assert facts.cron_database_name == ("postgres" if server.has_pg_cron else None)


@pytest.fixture
def role(server, db_conn):
    """A LOGIN role without privileges (roles are cluster-wide: unique name, dropped after)."""
    name = f"r_{uuid.uuid4().hex[:10]}"
    db_conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
    yield name
    db_conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def facts_as(db_url: str, role: str):
    with psycopg.connect(db_url, user=role, autocommit=True) as conn:
        return server_facts(conn)


def test_ordinary_role(server, db_url, db_conn, role):
    facts = facts_as(db_url, role)
    assert not facts.is_superuser and not facts.can_create_database
    # shared_preload_libraries is hidden from it; the running launcher still tells.
    assert facts.has_pg_cron == server.has_pg_cron


def test_createdb_role(db_url, db_conn, role):
    db_conn.execute(sql.SQL("ALTER ROLE {} CREATEDB").format(sql.Identifier(role)))
    facts = facts_as(db_url, role)
    assert facts.can_create_database and not facts.is_superuser


def test_ordinary_role_sees_pg_cron_loaded_without_its_launcher(server, db_url, db_conn, role):
    # The launcher is a background worker that restarts after some errors; in that second the
    # library's own settings still tell an ordinary role that pg_cron is loaded.
    with psycopg.connect(db_url, user=role, autocommit=True) as conn:
        assert cron_library_loaded(conn, server.version_num) == server.has_pg_cron
        assert not cron_library_loaded(conn, 140000)  # no pg_settings_get_flags to ask
