"""A plain column among the elements of a catalog key list (`EXCLUDE USING gist (room WITH =)`).

Index keys are read by PostgreSQL's parser (sqltree.index_key, spec/build_indexes.py); what is
left here serves exclusion constraints (spec/build_constraints.py), which keep their text.
"""

from __future__ import annotations

from .sqltext import Token, folded_name, is_name, is_word, matching, tokens

_RESERVED = ("ASC", "DESC", "NULLS", "COLLATE", "WITH")


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
    return (folded_name(toks[0]), rest) if not rest or _modifiers(tokens(rest)) is not None else None
