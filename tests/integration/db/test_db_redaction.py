"""Real connection errors from a live server never show the password: a password-protected role
(scram-sha-256 for that role only), wrong passwords in every spelling, PGPASSWORD, the CLI."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from urllib.parse import quote

import psycopg
import pytest

from schemadiff.cli import main
from schemadiff.db.connect import connect
from schemadiff.errors import ConnectionFailed

from hba import password_required

RIGHT = "Right-P@ss/w:rd%1"
WRONG = "Wr0ng-S3cret@/:%x"


@pytest.fixture
def protected_role(server) -> Iterator[str]:
    """A login role that must give its password (scram) while every other role stays on trust."""
    role = f"pw_{uuid.uuid4().hex[:10]}"
    with password_required(server, role, RIGHT):
        yield role


def _url(server, role: str, password: str | None, dbname: str = "postgres", raw: bool = False) -> str:
    userinfo = role if password is None else f"{role}:{password if raw else quote(password, safe='')}"
    return f"postgresql://{userinfo}@/{dbname}?host={quote(str(server.socket_dir), safe='')}&port=5432"


def _kv(server, role: str, password: str) -> str:
    escaped = password.replace("\\", "\\\\").replace("'", "\\'")
    return f"host={server.socket_dir} port=5432 dbname=postgres user={role} password='{escaped}'"


def _spellings(*passwords: str) -> set[str]:
    return {s for p in passwords for s in (p, quote(p, safe=""), quote(p), p.split("@")[0])}


def _assert_hidden(text: str, *passwords: str) -> None:
    for secret in _spellings(*passwords):
        assert secret not in text


def test_the_right_password_connects(server, protected_role):
    with connect(_url(server, protected_role, RIGHT)) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == protected_role


@pytest.mark.parametrize("form", ["uri", "kv"])
def test_wrong_password_is_reported_without_it(server, protected_role, form):
    url = _url(server, protected_role, WRONG) if form == "uri" else _kv(server, protected_role, WRONG)
    with pytest.raises(ConnectionFailed) as caught:
        connect(url)
    text = caught.value.render()
    assert "password authentication failed" in text
    assert "check the user and password" in caught.value.hint
    _assert_hidden(text, WRONG)


def test_missing_password_and_wrong_pgpassword(server, protected_role, monkeypatch):
    with pytest.raises(ConnectionFailed) as caught:
        connect(_url(server, protected_role, None))
    assert "no password supplied" in str(caught.value)
    monkeypatch.setenv("PGPASSWORD", WRONG)
    with pytest.raises(ConnectionFailed) as caught:
        connect(_url(server, protected_role, None))
    _assert_hidden(caught.value.render(), WRONG)


def test_a_raw_at_in_the_password_is_refused_not_sent(server, protected_role):
    with pytest.raises(ConnectionFailed) as caught:
        connect(_url(server, protected_role, RIGHT, raw=True))
    assert "raw '@' or '/'" in str(caught.value)
    _assert_hidden(caught.value.render(), RIGHT)


def test_right_password_but_no_such_database(server, protected_role):
    with pytest.raises(ConnectionFailed) as caught:
        connect(_url(server, protected_role, RIGHT, dbname="no_such_db"))
    assert 'database "no_such_db" does not exist' in str(caught.value)
    _assert_hidden(caught.value.render(), RIGHT)


@pytest.mark.parametrize("command", [["plan"], ["validate"], ["dump", "--out", "out.yaml"],
                                     ["apply", "--yes"], ["rollback", "--yes"]])
def test_cli_never_shows_the_password(server, protected_role, command, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema.yaml").write_text("schemas: {public: {}}\n")
    wrong = [_url(server, protected_role, WRONG), _kv(server, protected_role, WRONG),
             _url(server, protected_role, WRONG, raw=True)]
    for url in wrong:
        for argv, env in (([*command, "--database", url], None), (command, url)):
            if env:
                monkeypatch.setenv("DATABASE_URL", env)
            assert main(argv) == 1
            captured = capsys.readouterr()
            text = captured.out + captured.err
            assert "cannot connect" in text and "internal error" not in text
            _assert_hidden(text, WRONG)


def test_cli_with_pg_variables_and_a_wrong_pgpassword(server, protected_role, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema.yaml").write_text("schemas: {public: {}}\n")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for var, value in (("PGHOST", str(server.socket_dir)), ("PGPORT", "5432"), ("PGUSER", protected_role),
                       ("PGDATABASE", "postgres"), ("PGPASSWORD", WRONG)):
        monkeypatch.setenv(var, value)
    assert main(["plan"]) == 1
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "cannot connect to the server named by the PG* environment variables" in text
    assert "password authentication failed" in text
    _assert_hidden(text, WRONG)
