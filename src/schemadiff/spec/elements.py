"""Index key entries: a column (quoted when rendered) or an expression (parenthesised).

`email`, `created_at DESC NULLS LAST` and `email text_pattern_ops` name a column; `lower(email)`
and `a + b` are expressions. Trailing COLLATE, opclass, ASC/DESC and NULLS FIRST/LAST words are
kept as written after the key, where CREATE INDEX expects them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..quoting import ident
from .sqltext import Token, folded_name, is_name, is_word, matching, tokens, wrap

_RESERVED = ("ASC", "DESC", "NULLS", "COLLATE", "WITH")


@dataclass(frozen=True)
class Element:
    column: str | None = None
    expression: str | None = None
    modifiers: str = ""

    def sql(self) -> str:
        key = ident(self.column) if self.column is not None else wrap(self.expression or "")
        return f"{key} {self.modifiers}" if self.modifiers else key


def parse_element(text: str, columns: tuple[str, ...]) -> Element:
    """Read one entry of an index's `columns` list against the table's column names."""
    text = text.strip()
    if text in columns:
        return Element(column=text)
    for col in sorted(columns, key=len, reverse=True):  # longest first: `my col` before `my`
        rest = text[len(col):]
        if text.startswith(col) and rest[:1].isspace() and _modifiers(tokens(rest)) is not None:
            return Element(column=col, modifiers=rest.strip())
    return split_expression(text)


def split_expression(text: str) -> Element:
    """An expression key and the ordering words after it: `lower(a) DESC`."""
    toks = tokens(text)
    for p in range(1, len(toks)):
        needs_close = _modifiers(toks[p:])
        # An opclass or COLLATE can only follow a closed group: in `a + b`, `b` is no opclass.
        if needs_close is not None and (not needs_close or toks[p - 1].text == ")"):
            return Element(expression=text[: toks[p].start].strip(),
                           modifiers=text[toks[p].start:].strip())
    return Element(expression=text)


def _modifiers(toks: list[Token]) -> bool | None:
    """None unless `toks` is exactly [COLLATE c] [opclass [(params)]] [ASC|DESC] [NULLS x];
    else whether it has a COLLATE or an opclass."""
    i, named = 0, False
    if is_word(_at(toks, i), "COLLATE"):
        i, named = _qualified_name(toks, i + 1), True
        if i < 0:
            return None
    if _at(toks, i) is not None and is_name(toks[i]) and not is_word(toks[i], *_RESERVED):
        i, named = _qualified_name(toks, i), True
        if _at(toks, i) is not None and toks[i].text == "(":
            i = matching(toks, i) + 1
    if is_word(_at(toks, i), "ASC", "DESC"):
        i += 1
    if is_word(_at(toks, i), "NULLS") and is_word(_at(toks, i + 1), "FIRST", "LAST"):
        i += 2
    return named if toks and i == len(toks) else None


def _at(toks: list[Token], i: int) -> Token | None:
    return toks[i] if 0 <= i < len(toks) else None


def _qualified_name(toks: list[Token], i: int) -> int:
    """Index after `name` or `schema.name` starting at i, or -1."""
    if _at(toks, i) is None or not is_name(toks[i]):
        return -1
    if _at(toks, i + 1) is not None and toks[i + 1].text == "." and _at(toks, i + 2) is not None:
        return i + 3 if is_name(toks[i + 2]) else -1
    return i + 1


def sql_key_column(key: str, columns: tuple[str, ...]) -> tuple[str, str] | None:
    """(column, modifiers) when a key in SQL text (`"my col" DESC`) is a plain column."""
    toks = tokens(key)
    if not toks or not is_name(toks[0]) or folded_name(toks[0]) not in columns:
        return None
    rest = key[toks[0].end:].strip()
    return (folded_name(toks[0]), rest) if not rest or only_modifiers(rest) else None


def only_modifiers(text: str) -> bool:
    """True for text like `DESC NULLS LAST` or `text_pattern_ops`: words that follow a key."""
    return _modifiers(tokens(text)) is not None


def is_bare_name(element: Element) -> bool:
    """An expression that is one lone word: almost surely a misspelt column name."""
    toks = tokens(element.expression or "")
    return len(toks) == 1 and is_name(toks[0])
