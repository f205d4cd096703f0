"""Which database to talk to, and connecting to it with errors that never show a password."""

from __future__ import annotations

import os
import re
from urllib.parse import unquote

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ..errors import ConnectionFailed

# libpq reads these when a connection string leaves them out; any one of them means the user
# has pointed us at a real server (PGPASSWORD alone names no server).
PG_TARGET_VARS = ("PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE")
MASK = "***"

_URI = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
# postgresql://user:secret@host -- libpq ends the userinfo at the first '@' (or '/': no userinfo).
_URI_USERINFO = re.compile(r"^(postgres(?:ql)?://[^:@/]*:)([^@/]*)(@)", re.IGNORECASE)
_URI_PARAM = re.compile(r"([?&]password=)([^&#]*)", re.IGNORECASE)
_KV_PARAM = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s']+)", re.IGNORECASE)


def resolve_url(database: str | None) -> str | None:
    """The target: --database, else DATABASE_URL, else "" (libpq uses PG*), else None (embedded)."""
    if database:
        return database
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    if any(os.environ.get(var) for var in PG_TARGET_VARS):
        return ""
    return None


def redact(url: str) -> str:
    """The URL or key=value string with its password replaced by ***."""
    if _URI.match(url):
        text = _URI_USERINFO.sub(lambda m: m[1] + MASK + m[3], url)
        return _URI_PARAM.sub(lambda m: m[1] + MASK, text)
    return _KV_PARAM.sub(lambda m: m[1] + MASK, url)


def _secrets(url: str) -> set[str]:
    """Every spelling of the password a message could echo: raw, URL-decoded, from PGPASSWORD."""
    found = {m[2] for m in _URI_USERINFO.finditer(url)} | {m[2] for m in _URI_PARAM.finditer(url)}
    try:
        found.add(conninfo_to_dict(url).get("password") or "")
    except psycopg.Error:
        pass  # a malformed string: the regexes above still saw what they could
    found |= {unquote(s) for s in found} | {os.environ.get("PGPASSWORD", "")}
    return {s for s in found if s}


def scrub(message: str, url: str) -> str:
    """`message` without any password from `url`, on one line."""
    text = " ".join(part.strip() for part in message.splitlines() if part.strip())
    for secret in sorted(_secrets(url), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


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


def connect(url: str, *, autocommit: bool = False, application_name: str = "schemadiff",
            read_only: bool = False) -> psycopg.Connection:
    """Open a connection, or raise ConnectionFailed with one password-free line and a hint;
    `read_only`: the server refuses any write on it (plan reads the target, issue 6)."""
    try:
        conn = psycopg.connect(url, autocommit=autocommit, application_name=application_name)
        if read_only:
            conn.execute("SET default_transaction_read_only = on")
            conn.commit()
        return conn
    except psycopg.Error as exc:
        cause = scrub(_first_line(str(exc)), url)
        raise ConnectionFailed(f"cannot connect to {describe(url)}: {cause}",
                               hint=_hint(str(exc))) from None
