"""Passwords out of every message: `redact_secrets` is the one function for any text that may hold
a connection string, a libpq error about one, or an exception raised while connecting.

Two layers, because either alone leaks. The structural layer masks what a connection string
*inside the text* holds (URI userinfo, `password=` pairs, `?password=` / `?sslpassword=`). The
secret layer masks every spelling (raw, percent-decoded, unquoted) of the passwords of the
connection strings we were given, and PGPASSWORD, wherever libpq echoes them (a host name, a
port, a quoted token of a parse error).

URI userinfo is taken to end at the LAST `@` of the string: libpq ends it at the first `@` or
`/`, so a raw `@` or `/` in a password would leave the rest of the password looking like a host
or a database name. Masking to the last `@` covers libpq's reading and the user's intent alike
(at the price of over-masking an `@` in a query value).
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import unquote

import psycopg
from psycopg.conninfo import conninfo_to_dict

MASK = "***"
SECRET_KEYS = ("password", "sslpassword")  # the libpq options whose value is a secret

_URI_START = re.compile(r"postgres(?:ql)?://", re.IGNORECASE)
_URI_IN_TEXT = re.compile(r"postgres(?:ql)?://[^\s\"'<>]*", re.IGNORECASE)
# key = value pairs of a libpq keyword/value string: a value is quoted ('...' with \' escapes,
# possibly unterminated: then it runs to the end) or a run of non-blanks with \ escapes.
_KV_SECRET = re.compile(
    r"(\b\w*password\s*=\s*)('(?:[^'\\]|\\.)*(?:'|\\?$)|(?:\\.|[^\s\\])+|\\$|(?=\s|$))",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"([^"]*)"')


def redact_secrets(text: str, *urls: str | None) -> str:
    """`text` with every password masked: any a connection string in it holds, those of `urls`
    in every spelling, and PGPASSWORD."""
    text = _structural(text)
    for secret in sorted(_known_secrets(urls), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def redact(url: str) -> str:
    """The URL or key=value string with its password replaced by ***."""
    shown = redact_secrets(url, url)
    return shown if _libpq_secrets(url) is not None else _cut_after_secret(shown, is_uri(url))


def _cut_after_secret(shown: str, uri: bool) -> str:
    """A string libpq cannot parse, shown only up to its first masked password: where that
    password ends is unknown (`password=two words`, `?password=a&b` leave a stray half)."""
    if uri:
        query = shown.find("?")
        at = shown.find("=" + MASK, query) if query >= 0 else -1
        return shown[:at + 1 + len(MASK)] if at >= 0 else shown
    first = _KV_SECRET.search(shown)
    return shown[:first.start()] + first[1] + MASK if first else shown


def is_uri(url: str) -> bool:
    return bool(_URI_START.match(url.lstrip()))


def _structural(text: str) -> str:
    if is_uri(text):  # the whole text is one URI (a password may hold a blank)
        return _redact_uri(text)
    out, last = [], 0
    for m in _URI_IN_TEXT.finditer(text):  # a URI quoted in a message: mask it, keep the rest
        out += [_redact_kv(text[last:m.start()]), _redact_uri(m[0])]
        last = m.end()
    return "".join(out + [_redact_kv(text[last:])])


def _redact_kv(text: str) -> str:
    return _KV_SECRET.sub(lambda m: m[1] + MASK, text)


def split_userinfo(uri: str) -> tuple[str, str | None, str]:
    """(`scheme://`, the userinfo up to the last '@' or None, the rest after it) of a URI."""
    start = _URI_START.search(uri)
    head, rest = uri[:start.end()], uri[start.end():]
    at = rest.rfind("@")
    return (head, rest[:at], rest[at + 1:]) if at >= 0 else (head, None, rest)


def _redact_uri(uri: str) -> str:
    head, userinfo, rest = split_userinfo(uri)
    if userinfo is not None and ":" in userinfo:
        userinfo = userinfo.split(":", 1)[0] + ":" + MASK
    shown = head + (f"{userinfo}@" if userinfo is not None else "")
    if "?" not in rest:
        return shown + rest
    where, query = rest.split("?", 1)
    return f"{shown}{where}?{'&'.join(map(_redact_param, query.split('&')))}"


def _redact_param(param: str) -> str:
    key, eq, _value = param.partition("=")
    secret = eq and unquote(key).strip().lower().endswith("password")
    return f"{key}={MASK}" if secret else param


def _uri_secrets(uri: str) -> set[str]:
    _head, userinfo, rest = split_userinfo(uri)
    found = {userinfo.split(":", 1)[1]} if userinfo and ":" in userinfo else set()
    query = rest.split("?", 1)[1] if "?" in rest else ""
    for param in query.split("&"):
        key, _eq, value = param.partition("=")
        if unquote(key).strip().lower().endswith("password"):
            found.add(value)
    return found


def _kv_value(raw: str) -> str:
    """A key=value string's value as libpq reads it: unquoted, backslash escapes resolved."""
    if raw.startswith("'"):
        raw = raw[1:-1] if raw.endswith("'") and len(raw) > 1 else raw[1:]
    return re.sub(r"\\(.)", r"\1", raw)


def url_secrets(url: str) -> set[str]:
    """Every spelling of the passwords `url` holds: raw, unquoted, percent-decoded."""
    if is_uri(url):
        found = _uri_secrets(url)
    else:
        found = {m[2] for m in _KV_SECRET.finditer(url)}
        found |= {_kv_value(s) for s in found}
    if not ambiguous_uri(url):  # libpq's reading of one is a fragment of the password
        found |= _libpq_secrets(url) or set()
    found |= {unquote(s) for s in found}
    found |= {e for s in found for e in _escaped(s)}  # as a repr() or JSON of the string shows it
    return {s for s in found if s.strip()}


def _escaped(secret: str) -> set[str]:
    return {repr(secret)[1:-1], json.dumps(secret)[1:-1]}


def _libpq_secrets(url: str) -> set[str] | None:
    """The secrets libpq reads in `url`, or None if it cannot parse it."""
    try:
        parsed = conninfo_to_dict(url)
    except (psycopg.Error, UnicodeError):  # UnicodeError: a %-escape that decodes to no UTF-8
        return None  # malformed: what the patterns saw is all there is
    return {parsed.get(key) or "" for key in SECRET_KEYS}


def ambiguous_uri(url: str) -> bool:
    """A URI whose userinfo, read up to its last '@', is not what libpq reads (up to the first '@'
    or '/'): a password holding a raw '@' or '/' (or an '@' later in the URI)."""
    if not is_uri(url):
        return False
    _head, userinfo, _rest = split_userinfo(url)
    return userinfo is not None and ":" in userinfo and ("@" in userinfo or "/" in userinfo)


def _known_secrets(urls: tuple[str | None, ...]) -> set[str]:
    found = {os.environ.get("PGPASSWORD", "")}
    for url in urls:
        if url:
            found |= url_secrets(url)
    return {s for s in found if s.strip()}


def mask_quoted_tokens(message: str, keep: frozenset[str]) -> str:
    """libpq's parse errors quote a token of the string (`missing "=" after "b"`): that token may
    be half a password, so every quoted token but a known option name is masked."""
    return _QUOTED.sub(lambda m: m[0] if m[1] in keep or m[1] == "=" else f'"{MASK}"', message)
