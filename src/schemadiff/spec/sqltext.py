"""Just enough SQL lexing to split lists, find parentheses and read names in SQL text.

The spec never interprets expressions; it only needs to know where a quoted identifier, a string
or a parenthesised group starts and ends, so that a comma inside `coalesce(a, b)` or a `)` inside
`'a)b'` does not split or close anything.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"""
      (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
    | (?P<ident>"(?:[^"]|"")*(?:"|\Z))
    | (?P<string>(?:[EeBbXxNn]|[Uu]&)?'(?:[^'\\]|''|\\.)*(?:'|\Z))
    | (?P<dollar>\$(?P<tag>[A-Za-z_][A-Za-z0-9_]*)?\$.*?(?:\$(?P=tag)\$|\Z))
    | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    | (?P<word>[^\W\d]\w*(?:\$\w*)*)
    | (?P<op>::|[-+*/<>=~!@\#%^&|`?]+)
    | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)

OPEN = "(["
CLOSE = ")]"


class Token(NamedTuple):
    kind: str  # ident (quoted), string, number, word, op, punct
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The tokens of `text`, without whitespace and comments."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup if m.lastgroup != "tag" else "dollar"
        if kind == "space":
            continue
        kind = "string" if kind == "dollar" else kind
        out.append(Token(kind, m.group(), m.start(), m.end()))
    return out


def is_name(tok: Token) -> bool:
    return tok.kind in ("ident", "word")


def name_value(tok: Token) -> str:
    """The raw name a name token stands for, exactly as the catalog printed it."""
    if tok.kind == "ident":
        body = tok.text[1:-1] if tok.text.endswith('"') and len(tok.text) > 1 else tok.text[1:]
        return body.replace('""', '"')
    return tok.text


def folded_name(tok: Token) -> str:
    """The name a token means in user SQL: unquoted words fold to lower case."""
    return name_value(tok) if tok.kind == "ident" else tok.text.lower()


def is_word(tok: Token | None, *words: str) -> bool:
    return tok is not None and tok.kind == "word" and tok.text.upper() in words


def matching(toks: list[Token], i: int) -> int:
    """Index of the bracket closing the one at `i` (len(toks) when it is never closed)."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].kind == "punct" and toks[j].text in OPEN:
            depth += 1
        elif toks[j].kind == "punct" and toks[j].text in CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return len(toks)


def split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split on `sep` outside brackets, quotes and strings; parts are stripped."""
    parts, start, depth = [], 0, 0
    for tok in tokens(text):
        if tok.kind == "punct" and tok.text in OPEN:
            depth += 1
        elif tok.kind == "punct" and tok.text in CLOSE:
            depth -= 1
        elif tok.kind == "punct" and tok.text == sep and depth == 0:
            parts.append(text[start : tok.start].strip())
            start = tok.end
    parts.append(text[start:].strip())
    return parts if parts != [""] else []


def is_wrapped(text: str) -> bool:
    """True when the whole text is one parenthesised group: `(a + b)`, not `(a) + (b)`."""
    toks = tokens(text)
    return bool(toks) and toks[0].text == "(" and matching(toks, 0) == len(toks) - 1


def wrap(text: str) -> str:
    """Parenthesise an expression unless it already is one group."""
    text = text.strip()
    return text if is_wrapped(text) else f"({text})"


def unwrap(text: str) -> str:
    """Remove one pair of parentheses around the whole text, if there is one."""
    text = text.strip()
    return text[1:-1].strip() if is_wrapped(text) else text


# Keywords that can never be an unquoted column name (PostgreSQL's reserved and
# type_func_name keywords): in `a IS NOT NULL`, a column named "null" is not mentioned.
RESERVED = frozenset("""
    all analyse analyze and any array as asc asymmetric authorization binary both case cast
    check collate collation column concurrently constraint create cross current_catalog
    current_date current_role current_schema current_time current_timestamp current_user default
    deferrable desc distinct do else end except false fetch for foreign freeze from full grant
    group having ilike in initially inner intersect into is isnull join lateral leading left like
    limit localtime localtimestamp natural not notnull null offset on only or order outer
    overlaps placing primary references returning right select session_user similar some
    symmetric table tablesample then to trailing true union unique user using variadic verbose
    when where window with
""".split())

# Words that continue a multi-word type name after `::` (`::character varying`,
# `::timestamp with time zone`); anything else after the first word is the expression again.
_TYPE_WORDS = {"CHARACTER", "VARYING", "PRECISION", "WITH", "WITHOUT", "TIME", "ZONE", "VARCHAR"}


def referenced_columns(expr: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """Columns an expression mentions, in order of first mention (Postgres's conkey order for
    CHECK: StoreRelCheck keeps pull_var_clause's order without duplicates)."""
    toks, found = tokens(expr), []
    skip = _non_column_positions(toks)
    for i, tok in enumerate(toks):
        name = folded_name(tok) if is_name(tok) and i not in skip else None
        if name in columns and name not in found:
            found.append(name)
    return tuple(found)


def _non_column_positions(toks: list[Token]) -> set[int]:
    """Function names, qualified parts, type names after `::` and collation names."""
    skip = set()
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.text in ("(", "."):
            skip.add(i)
        if i and (toks[i - 1].text in (".", "::") or is_word(toks[i - 1], "COLLATE")):
            skip.add(i)
        if i - 1 in skip and toks[i - 1].kind == "word" and is_word(tok, *_TYPE_WORDS):
            skip.add(i)
        if tok.kind == "word" and tok.text.lower() in RESERVED:
            skip.add(i)
    return skip
