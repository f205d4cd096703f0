"""Rename a column inside catalog text (index bodies, check expressions), as RENAME COLUMN would.

After `ALTER TABLE t RENAME COLUMN a TO b`, Postgres re-prints every index and constraint with
`b`. To compare the current side with the desired one before the rename has run, the current
text gets the same substitution. Only identifiers are touched, found by PostgreSQL's own lexer
(pglast's scan): string literals ('a'), comments, other words and qualified names (x.a) are left
alone.
"""

from __future__ import annotations

import re

from pglast import parser

from ..sqltree import COMMENT_TOKENS

_BARE = re.compile(r"^[a-z_][a-z0-9_$]*$")
# Words quote_ident() quotes even though they look bare (reserved keywords that are plausible names).
_RESERVED = frozenset("""all analyse analyze and any array as asc asymmetric both case cast check collate
column constraint create current_catalog current_date current_role current_time current_timestamp
current_user default deferrable desc distinct do else end except false fetch for foreign from grant
group having in initially intersect into lateral leading limit localtime localtimestamp not null
offset on only or order placing primary references returning select session_user some symmetric
table then to trailing true union unique user using variadic when where window with""".split())


def catalog_ident(name: str) -> str:
    """How the catalog prints an identifier: bare when it can be, quoted otherwise."""
    if _BARE.match(name) and name not in _RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


def rename_identifier(text: str, old: str, new: str) -> str:
    out, done, prev = [], 0, ""
    for tok in parser.scan(text):
        if tok.name in COMMENT_TOKENS:
            continue
        word = text[tok.start:tok.end + 1]
        # A column may be named like a non-reserved keyword (`name`, `type`): any word counts.
        is_word = tok.name == "IDENT" or tok.kind != "NO_KEYWORD"
        if is_word and prev != "." and _is_name(word, old):
            out += [text[done:tok.start], catalog_ident(new)]
            done = tok.end + 1
        prev = word
    return "".join(out) + text[done:]


def _is_name(tok: str, name: str) -> bool:
    if tok.startswith('"'):
        return tok[1:-1].replace('""', '"') == name
    return tok == name and _BARE.match(tok) is not None
