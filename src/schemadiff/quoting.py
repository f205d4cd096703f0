"""The only place a name or a literal becomes SQL text.

Models hold raw names; everything is quoted here, always, and always schema-qualified, so
reserved words, capitals, embedded quotes and dots in names cannot break a statement. The rules
are PostgreSQL's own (quote_identifier / quote_literal), so the text matches what the catalog
deparser prints and no connection is needed to render a plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

NAMEDATALEN = 64  # identifiers are truncated to NAMEDATALEN - 1 bytes


def ident(name: str) -> str:
    """Quote one identifier: always double quotes, with embedded quotes doubled."""
    if "\x00" in name:
        raise ValueError(f"identifier contains a NUL byte: {name!r}")
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str, name: str) -> str:
    """A schema-qualified, quoted name."""
    return f"{ident(schema)}.{ident(name)}"


def ident_list(names: Iterable[str]) -> str:
    """A comma-separated list of quoted identifiers."""
    return ", ".join(ident(n) for n in names)


def literal(value: object) -> str:
    """A SQL literal for str, int, float, bool or None, escaped the way Postgres reads it."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if "\x00" in text:
        raise ValueError("string literal contains a NUL byte")
    escaped = text.replace("'", "''")
    # Backslashes are literal in standard strings; E'' is only needed for C escapes we never emit.
    return f"'{escaped}'"


def dollar_quoted(body: str, tag_hint: str = "body") -> str:
    """Dollar-quote a body, choosing a tag that does not occur inside it."""
    tag = tag_hint
    n = 0
    # The closing tag must be the first one after the body: a body ending in `$body` would
    # otherwise meet it early (`...$body$body$`) and leave `body$` outside the string.
    while (body + f"${tag}$").find(f"${tag}$") != len(body):
        n += 1
        tag = f"{tag_hint}{n}"
    return f"${tag}${body}${tag}$"


def truncate_identifier(name: str) -> str:
    """Truncate a name the way Postgres does (bytes, not characters, never splitting a char)."""
    raw = name.encode("utf-8")
    if len(raw) < NAMEDATALEN:
        return name
    cut = raw[: NAMEDATALEN - 1]
    return cut.decode("utf-8", errors="ignore")


def readable_ident(name: str) -> str:
    """An identifier bare when it is a plain lower-case word that is no keyword of PostgreSQL's
    grammar (not even an unreserved one, so no server version can read it otherwise), quoted as
    ident() does otherwise: `btree`, `email`, `jsonb_path_ops`, but `"C"`, `"user"`, `"name"`."""
    plain = re.fullmatch(r"[a-z_][a-z0-9_]*", name) is not None
    return name if plain and name not in _keywords() else ident(name)


def catalog_ident(name: str) -> str:
    """An identifier as ruleutils' quote_identifier() prints it in catalog text: bare when it is a
    plain lower-case word that is no keyword or an unreserved one (`name`, `type`), quoted as
    ident() does otherwise. For definitions written back in pg_get_constraintdef()'s layout."""
    from pglast import keywords

    plain = re.fullmatch(r"[a-z_][a-z0-9_]*", name) is not None
    return name if plain and (name not in _keywords() or name in keywords.UNRESERVED_KEYWORDS) \
        else ident(name)


@cache
def _keywords() -> frozenset[str]:
    from pglast import keywords  # PostgreSQL's own keyword lists (libpg_query)

    return frozenset(keywords.RESERVED_KEYWORDS | keywords.UNRESERVED_KEYWORDS
                     | keywords.COL_NAME_KEYWORDS | keywords.TYPE_FUNC_NAME_KEYWORDS)
