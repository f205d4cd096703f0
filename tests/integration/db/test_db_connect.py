"""Choosing the target, connecting, and never showing a password."""

from __future__ import annotations

import pytest

from schemadiff.db import connect, redact, resolve_url
from schemadiff.db.connect import PG_TARGET_VARS
from schemadiff.errors import ConnectionFailed

SECRET = "s3cr3t-P@ss"


@pytest.fixture
def clean_env(monkeypatch):
    for var in ("DATABASE_URL", *PG_TARGET_VARS):
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


@pytest.mark.parametrize("url, shown", [
    ("postgresql://app:hunter2@db.example.com:5432/prod",
     "postgresql://app:***@db.example.com:5432/prod"),
    ("postgres://app:p%40ss@h/db?sslmode=require&password=other",
     "postgres://app:***@h/db?sslmode=require&password=***"),
    ("postgresql://h/db?password=x%26y&sslmode=require",
     "postgresql://h/db?password=***&sslmode=require"),
    ("postgresql://app@h/db", "postgresql://app@h/db"),
    ("postgresql:///db?host=/tmp", "postgresql:///db?host=/tmp"),
    ("host=h user=app password='se cret' dbname=x", "host=h user=app password=*** dbname=x"),
    ("host=h password=plain dbname=x", "host=h password=*** dbname=x"),
    (r"password='it\'s' host=h", "password=*** host=h"),
])
def test_redact(url, shown):
    assert redact(url) == shown


def test_resolve_url_order(clean_env):
    assert resolve_url(None) is None  # nothing set: the embedded server
    clean_env.setenv("PGHOST", "db.internal")
    assert resolve_url(None) == ""  # libpq completes it from PG*
    clean_env.setenv("DATABASE_URL", "postgresql://env/db")
    assert resolve_url(None) == "postgresql://env/db"
    assert resolve_url("postgresql://flag/db") == "postgresql://flag/db"


def test_pgpassword_alone_names_no_server(clean_env):
    clean_env.setenv("PGPASSWORD", "x")
    assert resolve_url(None) is None


def assert_safe(err: ConnectionFailed, *secrets: str) -> str:
    text = err.render()
    message = str(err)
    assert "\n" not in message
    for secret in secrets:
        assert secret not in text
    assert err.hint
    return message


def test_unreachable_server_error_is_one_line_without_password():
    url = f"postgresql://app:{SECRET.replace('@', '%40')}@127.0.0.1:1/prod?connect_timeout=5"
    with pytest.raises(ConnectionFailed) as caught:
        connect(url)
    message = assert_safe(caught.value, SECRET, SECRET.replace("@", "%40"))
    assert message.startswith("cannot connect to postgresql://app:***@127.0.0.1:1/prod")
    assert "refused" in message.lower()
    assert "running" in caught.value.hint


def test_malformed_connection_string_does_not_echo_password():
    with pytest.raises(ConnectionFailed) as caught:
        connect(f"host=localhost password={SECRET} nonsense")
    assert_safe(caught.value, SECRET)


def test_missing_database_on_a_live_server(server):
    url = server.url("no_such_db") + f"&password={SECRET}"
    with pytest.raises(ConnectionFailed) as caught:
        connect(url)
    message = assert_safe(caught.value, SECRET)
    assert 'database "no_such_db" does not exist' in message


def test_connect_sets_application_name_and_autocommit(server, db_url):
    with connect(db_url, autocommit=True) as conn:
        assert conn.autocommit
        name = conn.execute("SELECT current_setting('application_name')").fetchone()[0]
        assert name == "schemadiff"
    with connect(db_url, application_name="schemadiff-apply") as conn:
        assert not conn.autocommit
        name = conn.execute("SELECT current_setting('application_name')").fetchone()[0]
        assert name == "schemadiff-apply"


def test_empty_url_uses_pg_environment(server, db_url, db_conn, clean_env):
    dbname = db_conn.info.dbname
    clean_env.setenv("PGHOST", str(server.socket_dir))
    clean_env.setenv("PGPORT", "5432")
    clean_env.setenv("PGUSER", "postgres")
    clean_env.setenv("PGDATABASE", dbname)
    url = resolve_url(None)
    assert url == ""
    with connect(url) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == dbname
