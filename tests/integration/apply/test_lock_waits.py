"""apply against a session that holds a lock: short waits, retries, the blocker named, nothing half-done."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest

from schemadiff.apply.lock_waits import Timeouts
from schemadiff.errors import DatabaseError
from schemadiff.pipeline import Settings, apply

BEFORE = """
CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text NOT NULL);
INSERT INTO public.accounts SELECT g, 'a' || g FROM generate_series(1, 100) g;
"""

SCHEMA = """
schemas:
  public:
    tables:
      accounts:
        columns:
          id: {type: bigint, not_null: true}
          email: {type: text, not_null: true}
EXTRA
        primary_key: [id]
INDEXES
"""

ADD_COLUMN = SCHEMA.replace("EXTRA", "          plan: {type: text, default: \"'free'\"}").replace("INDEXES", "")
ADD_INDEX = SCHEMA.replace("EXTRA\n", "").replace("INDEXES", "        indexes:\n          accounts_email_idx: [email]")


@pytest.fixture
def url(server, make_db) -> str:
    return make_db(server, BEFORE)


@pytest.fixture
def blocker(url):
    """An open transaction that has read the table (ACCESS SHARE), idle, as an application would leave it."""
    conn = psycopg.connect(url, application_name="blocker-app")
    conn.execute("SELECT * FROM public.accounts LIMIT 1")
    yield conn
    conn.close()


@pytest.fixture
def writer_blocker(url):
    """An open transaction that has written a row (ROW EXCLUSIVE): a concurrent build waits for it."""
    conn = psycopg.connect(url, application_name="writer-app")
    conn.execute("UPDATE public.accounts SET email = email WHERE id = 1")
    yield conn
    conn.close()


def _settings(tmp_path: Path, url: str, text: str, **timeouts) -> Settings:
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    return Settings(schema=schema, database=url, project_dir=tmp_path, timeouts=Timeouts(**timeouts))


def _column_exists(url: str, column: str) -> bool:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.accounts'::regclass "
                            "AND attname = %s AND NOT attisdropped", (column,)).fetchone()[0] == 1


def _end_later(conn: psycopg.Connection, seconds: float):
    """A progress callback that, at the first step, schedules the blocker's COMMIT `seconds` later."""
    started = threading.Event()

    def progress(n, total, what):
        if not started.is_set():
            started.set()
            threading.Timer(seconds, _commit, (conn,)).start()

    return progress


def _commit(conn: psycopg.Connection) -> None:
    try:
        conn.commit()
    except psycopg.Error:
        pass  # the test already ended and closed it


def test_a_blocker_outliving_the_budget_fails_cleanly_naming_it(url, blocker, tmp_path):
    waits = []
    settings = _settings(tmp_path, url, ADD_COLUMN, retry_budget=4.0, on_wait=waits.append)
    with pytest.raises(DatabaseError) as caught:
        apply(settings, allow_destructive=False, confirm=lambda _: True)
    message = caught.value.render()  # what the CLI prints: message and hint
    pid = blocker.info.backend_pid
    assert f"pid {pid} (blocker-app, idle in transaction" in message
    assert "public.accounts (ACCESS EXCLUSIVE)" in message
    assert f"pg_terminate_backend({pid})" in message  # the hint
    assert waits and all(w.blockers and w.blockers[0].pid == pid for w in waits)
    assert not _column_exists(url, "plan")  # the failed step left nothing behind
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM public.accounts").fetchone()[0] == 100


def test_apply_completes_once_the_blocker_ends_and_reports_each_wait(url, blocker, tmp_path):
    waits = []
    settings = _settings(tmp_path, url, ADD_COLUMN, retry_budget=30.0, on_wait=waits.append)
    apply(settings, allow_destructive=False, confirm=lambda _: True, progress=_end_later(blocker, 2.0))
    assert _column_exists(url, "plan")
    assert waits, "the wait behind the blocker was not reported"
    first = waits[0]
    assert first.relation == "public.accounts" and first.mode == "ACCESS EXCLUSIVE"
    assert first.blockers[0].pid == blocker.info.backend_pid
    assert first.blockers[0].application_name == "blocker-app"
    assert first.retry_in is not None and "retry 1 in" in first.line()


def test_a_concurrent_build_waits_past_lock_timeout_without_failing(url, writer_blocker, tmp_path):
    """CREATE INDEX CONCURRENTLY blocks no writer while it waits for older transactions: it waits for
    them (longer than lock_timeout) instead of being cancelled and leaving an INVALID index."""
    waits = []
    settings = _settings(tmp_path, url, ADD_INDEX, lock_timeout="500ms", retry_budget=30.0,
                         on_wait=waits.append)
    apply(settings, allow_destructive=False, confirm=lambda _: True, progress=_end_later(writer_blocker, 2.0))
    with psycopg.connect(url) as conn:
        valid = conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                             "'public.accounts_email_idx'::regclass").fetchone()
    assert valid == (True,)
    assert waits and not waits[0].blocks_writers
    assert waits[0].blockers[0].pid == writer_blocker.info.backend_pid
    assert waits[0].what() == "older transactions to end"
