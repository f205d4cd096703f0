"""No password in any message: the redaction function against every spelling of a connection
string, and the CLI's error lines for targets that cannot be reached (no server needed)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from schemadiff.cli import main
from schemadiff.db.connect import connect, redact, redact_secrets
from schemadiff.errors import ConnectionFailed

PW = "Tr0ub4dor"  # the stem of every password below: grep-able in any output


def spellings(password: str) -> set[str]:
    """Every form a password can take in text: raw, percent-encoded, with its halves."""
    return {password, quote(password, safe=""), quote(password)}


# (connection string, the password in it as the user meant it)
CASES = [
    (f"postgresql://app:{PW}@db.example.com:5432/prod", PW),
    (f"postgres://app:{quote(PW + '@/:%')}@db/prod", PW + "@/:%"),
    (f"postgresql://app:{PW}@x@db.example.com/prod", PW + "@x"),  # raw '@'
    (f"postgresql://app:{PW}/x@db.example.com/prod", PW + "/x"),  # raw '/'
    (f"postgresql://app:{PW}:x@db.example.com/prod", PW + ":x"),  # raw ':'
    (f"postgresql://app:{PW}%zz@db.example.com/prod", PW + "%zz"),  # a '%' that is no escape
    (f"postgresql://app:{PW}%99@127.0.0.1:1/prod", PW + "%99"),  # an escape that is no UTF-8
    (f"postgresql://app:{PW}?#&=@db/prod", PW + "?#&="),
    (f"postgresql://app:{PW}@h1:5432,h2:5433/prod?target_session_attrs=any", PW),
    (f"postgresql://h/db?sslmode=require&password={PW}", PW),
    (f"postgresql://h/db?pass%77ord={PW}", PW),  # libpq decodes the key
    (f"postgresql://h/db?sslpassword={PW}", PW),
    (f"postgresql://app@h/db?user=me&password={quote(PW + ' x')}", PW + " x"),
    (f"postgresql://app@h/db?password={PW}&half&sslmode=require", PW + "&half"),  # raw '&'
    (f"host=h user=app password={PW} dbname=x", PW),
    (f"host=h password='{PW} two words' dbname=x", PW + " two words"),
    (f"host=h password = '{PW}'", PW),
    (rf"password='{PW}\'s' host=h", PW + "'s"),
    (rf"password={PW}\ x host=h", PW + " x"),
    (f"host=h password='{PW}", PW),  # unterminated quote
    (f"host=h password='{PW} dbname=x", PW + " dbname=x"),
    (f"host=h password={PW}'x dbname=x", PW + "'x"),
    (f"host=h sslpassword={PW} sslkey=/k", PW),
    (f"host=h password={PW} nonsense", PW),
    (f"host=h password={PW} half", PW + " half"),  # unquoted blank: libpq sees `half` alone
]


def words(password: str) -> set[str]:
    """The password's pieces as a malformed string may leave them: split at blanks and quotes."""
    return {w for w in re.split(r"[\s'\\]+", password) if len(w) > 2}


@pytest.mark.parametrize("url, password", CASES)
def test_redact_hides_every_spelling(url, password):
    shown = redact(url)
    assert "***" in shown
    for secret in spellings(password) | words(password) | {PW}:
        assert secret not in shown


@pytest.mark.parametrize("url, shown", [
    ("postgresql://app:hunter2@db.example.com:5432/prod", "postgresql://app:***@db.example.com:5432/prod"),
    ("postgresql://app@h/db", "postgresql://app@h/db"),
    ("postgresql:///db?host=/tmp&port=5432", "postgresql:///db?host=/tmp&port=5432"),
    ("host=h password='a b' dbname=x", "host=h password=*** dbname=x"),
    ("host=h port=5432", "host=h port=5432"),
])
def test_redact_keeps_the_rest_readable(url, shown):
    assert redact(url) == shown


def test_redact_secrets_masks_strings_inside_a_message_and_pgpassword(monkeypatch):
    monkeypatch.setenv("PGPASSWORD", PW + "env")
    message = (f"boom at postgresql://u:{PW}@h/db and 'host=x password={PW}2 port=1' "
               f"with {PW}env and {quote(PW + '@')}")
    text = redact_secrets(message, f"postgresql://u:{quote(PW + '@')}@h/db")
    assert PW not in text
    assert text.startswith("boom at postgresql://u:***@h/db and 'host=x password=*** port=1'")


@pytest.mark.parametrize("url, password", [c for c in CASES if "db.example.com" not in c[0]])
def test_connect_errors_never_show_the_password(url, password):
    with pytest.raises(ConnectionFailed) as caught:
        connect(url + ("" if "://" in url else " connect_timeout=2"))
    text = caught.value.render()
    assert "\n" not in str(caught.value)
    for secret in spellings(password) | {PW}:
        assert secret not in text


def test_a_raw_at_or_slash_in_a_uri_password_is_refused_before_connecting():
    # libpq would look up the host `x@db.example.com`: half the password sent to a DNS server.
    for url in (f"postgresql://app:{PW}@x@db.example.com/prod", f"postgresql://app:{PW}/x@db.example.com/p"):
        with pytest.raises(ConnectionFailed) as caught:
            connect(url)
        assert "raw '@' or '/'" in str(caught.value)
        assert "%40" in caught.value.hint and PW not in caught.value.render()


_TEXT = st.text(st.sampled_from("aZ9@/:%?#&=' \\\"\t-_.+,;[]"), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_no_password_survives_any_spelling(tail):
    password = PW + tail
    for url in (f"postgresql://app:{password}@h/db", f"postgresql://app:{quote(password, safe='')}@h/db",
                f"postgresql://h/db?password={quote(password, safe='')}",
                f"host=h password='{password.replace(chr(92), chr(92) * 2).replace(chr(39), chr(92) + chr(39))}'"):
        assert PW not in redact(url)
        assert PW not in redact_secrets(f"error: {url!r} failed", url)


# --- the CLI: every command, every way of naming the target ---------------------------------

UNREACHABLE = [
    f"postgresql://app:{quote(PW + '@/:%', safe='')}@127.0.0.1:1/prod?connect_timeout=2",
    f"postgresql://app:{PW}@x@127.0.0.1:1/prod",
    f"postgresql://app:{PW}/x@127.0.0.1:1/prod",
    f"postgresql://app:{PW}@nohost.invalid/prod?connect_timeout=2",
    f"postgresql://app:{PW}@/prod?host=/nonexistent/socket/dir",
    f"host=127.0.0.1 port=1 password='{PW}",
    f"host=127.0.0.1 port=1 password={PW} half",
    f"host=/nonexistent password={PW} connect_timeout=2",
]


@pytest.fixture
def schema(tmp_path: Path) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text("schemas: {public: {tables: {t: {columns: {id: bigint}}}}}\n")
    return path


@pytest.mark.parametrize("url", UNREACHABLE)
@pytest.mark.parametrize("command", [["plan"], ["validate"], ["dump", "--out", "dumped.yaml"],
                                     ["apply", "--yes"], ["rollback", "--yes"]])
def test_cli_errors_never_show_the_password(url, command, schema, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    args = [*command, *(["--schema", str(schema)] if command[0] not in ("dump",) else [])]
    for argv, env in (([*args, "--database", url], None), ([*args, f"--database={url}"], None),
                      (args, url)):
        if env is not None:
            monkeypatch.setenv("DATABASE_URL", env)
        assert main(argv) == 1
        captured = capsys.readouterr()
        text = captured.out + captured.err
        assert "cannot connect" in text and "internal error" not in text
        assert PW not in text and quote(PW) not in text


def test_cli_usage_error_echoing_the_url_hides_the_password(capsys):
    # the URL given without --database: click names the extra argument in its message
    assert main(["plan", f"postgresql://app:{PW}@h/db"]) == 1
    captured = capsys.readouterr()
    assert PW not in captured.out + captured.err
