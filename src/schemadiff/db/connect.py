"""Which database to talk to, and connecting to it with errors that never show a password."""

from __future__ import annotations

import os
from functools import cache

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ..errors import ConnectionFailed
from ..sqlfiles import query_text
from .redact import MASK, ambiguous_uri, mask_quoted_tokens, redact, redact_secrets

__all__ = ["MASK", "KeptSession", "connect", "describe", "redact", "redact_secrets", "resolve_url",
           "survive_idle"]

# libpq reads these when a connection string leaves them out; any one of them means the user
# has pointed us at a real server (PGPASSWORD alone names no server).
PG_TARGET_VARS = ("PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE")
# A raw '@' or '/' in a URI's password: libpq would read the rest of it as host, port or database
# (and look that host up), so such a URL is refused before anything is sent anywhere.
_AMBIGUOUS_HINT = ("percent-encode '@' as %40 and '/' as %2F in the URL's user, password and "
                   "query values, or give the password in PGPASSWORD or ~/.pgpass")


def resolve_url(database: str | None) -> str | None:
    """The target: --database, else DATABASE_URL, else "" (libpq uses PG*), else None (embedded)."""
    if database:
        return database
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    if any(os.environ.get(var) for var in PG_TARGET_VARS):
        return ""
    return None


def describe(url: str) -> str:
    """How to name the target in a message."""
    return redact(url) if url else "the server named by the PG* environment variables"


# (substring of libpq's message, what to do) -- the first match gives the hint.
_HINTS = (
    ("password authentication failed", "check the user and password (PGPASSWORD or ~/.pgpass)"),
    ("no password supplied", "give a password in the URL, PGPASSWORD or ~/.pgpass"),
    ("does not exist", "check the database and user names in the URL"),
    ("refused", "is the server running, and are the host and port right?"),
    ("timeout", "is the host reachable from here (firewall, VPN)?"),
    ("could not translate host name", "check the host name in the URL"),
    ("no such file or directory", "no server listens on that socket: is it running?"),
    ("invalid", "the connection string is malformed: see libpq's connection URI format"),
)
_DEFAULT_HINT = "check --database, DATABASE_URL or the PG* environment variables"


def _first_line(message: str) -> str:
    """libpq's cause is on the first line; the rest repeats it per address or adds advice."""
    line = next((s.strip() for s in message.splitlines() if s.strip()), "unknown error")
    return line.removeprefix("connection failed: ")


def _hint(message: str) -> str:
    low = message.lower()
    return next((hint for key, hint in _HINTS if key in low), _DEFAULT_HINT)


@cache
def _option_names() -> frozenset[str]:
    return frozenset(o.keyword.decode() for o in psycopg.pq.Conninfo.get_defaults())


def _parses(url: str) -> bool:
    try:
        conninfo_to_dict(url)
        return True
    except (psycopg.Error, UnicodeError):
        return False


def _cause(exc: psycopg.Error, url: str) -> str:
    """libpq's first line, without any password it could echo."""
    line = _first_line(str(exc))
    if not _parses(url):  # a parse error quotes a token of the string: maybe half a password
        line = mask_quoted_tokens(line, _option_names())
    return redact_secrets(" ".join(line.split()), url)


def connect(url: str, *, autocommit: bool = False, application_name: str = "schemadiff",
            read_only: bool = False, session: bool = False) -> psycopg.Connection:
    """Open a connection, or raise ConnectionFailed with one password-free line and a hint;
    `read_only`: the server refuses any write on it (plan reads the target, issue 6);
    `session`: the whole server session is ours (a scratch database, or a connection holding the
    session-level migration lock), so server-side prepared statements are safe on it.

    Elsewhere nothing is prepared: behind a transaction-pooling PgBouncer a prepared statement
    lives in a server session the next transaction may not get. Where it is safe, psycopg's own
    threshold applies (a text run five times is prepared), and the catalog queries are prepared
    on first use, so the next introspection on the same connection skips their planning, which is
    most of their cost (introspect/catalog.py fetch)."""
    if ambiguous_uri(url):
        raise ConnectionFailed(f"cannot connect to {describe(url)}: the URL holds a raw '@' or '/' "
                               "in its user or password, which libpq reads as the host or database",
                               hint=_AMBIGUOUS_HINT)
    try:
        conn = psycopg.connect(url, autocommit=autocommit, application_name=application_name,
                               **({} if session else {"prepare_threshold": None}))
        if read_only:
            conn.execute(query_text(__package__, "read_only_session"))
            conn.commit()
        return conn
    except UnicodeError:  # psycopg decodes the parsed options: a %-escape of no UTF-8 text
        raise ConnectionFailed(f"cannot connect to {describe(url)}: a percent-escape in the URL "
                               "does not decode to UTF-8 text", hint=_hint("invalid")) from None
    except psycopg.Error as exc:
        raise ConnectionFailed(f"cannot connect to {describe(url)}: {_cause(exc, url)}",
                               hint=_hint(str(exc))) from None


def survive_idle(conn: psycopg.Connection) -> None:
    """Turn idle_session_timeout off for this session: for one that must outlive a wait it cannot
    shorten, because ending it would lose what it holds (the migration lock through rollback's
    confirmation prompt; the scratch database its creator drops after the build)."""
    conn.execute(query_text(__package__, "idle_session_timeout_off"))


class KeptSession:
    """One connection to a database kept across the stages of a command, opened on first use.

    apply reads the target for its plan and, after the proof and the confirmation prompt, reads it
    again to check for drift: on the same server session the second read finds the catalog caches
    warm and its queries prepared, about 19 ms instead of 60 on a small database. In between the
    server may have closed the session (idle_session_timeout during a long prompt, a restart, a
    terminated backend), so `get` checks it with one round trip and opens a new one if so; a
    connection that is merely slow is never replaced."""

    def __init__(self, url: str, **options) -> None:
        self._url, self._options = url, options
        self._conn: psycopg.Connection | None = None

    def get(self) -> psycopg.Connection:
        if self._conn is not None and not self._conn.closed:
            try:
                self._conn.execute(query_text(__package__, "ping"))
                return self._conn
            except psycopg.OperationalError:
                if not (self._conn.closed or self._conn.broken):
                    raise
                self._conn.close()
        self._conn = connect(self._url, **self._options)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> KeptSession:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
