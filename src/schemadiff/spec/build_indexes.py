"""Index blocks of schema.yaml -> model Index, each key read by PostgreSQL's parser (pglast)."""

from __future__ import annotations

from ..model import Index
from ..model.indexes import IndexKey, parameters_of
from ..quoting import ident
from ..sqltree import index_key, unwrapped
from .expand import Named

# YAML reads `on`/`off`/`yes` as booleans; a storage parameter PostgreSQL reads as a boolean takes
# true/false, an enum one (gist's `buffering`) the words on/off.
_BOOLEAN_WORDS = {True: "on", False: "off"}


def parse_key(entry: str, columns: tuple[str, ...]) -> tuple[IndexKey, str] | None:
    """(key, the text checked as one CREATE INDEX key) of one `columns` entry, or None.

    Names are raw in schema.yaml: an entry that is a column name, or starts with one and a space
    followed by only COLLATE / opclass / ASC / DESC / NULLS words, is that column (`my col DESC`);
    anything else is read as SQL (`"My Col"`, `lower(email)`, `a + b DESC`)."""
    text = entry.strip()
    if text in columns:
        return IndexKey.of(text), ident(text)
    for col in sorted(columns, key=len, reverse=True):  # longest first: `my col` before `my`
        rest = text[len(col):]
        if text.startswith(col) and rest[:1].isspace():
            found = index_key(f"x {rest}")
            if found is not None and found["column"] == "x":
                return IndexKey.of(**{**found, "column": col}), f"{ident(col)} {rest}"
    found = index_key(text)
    if found is None:
        return None
    checked = found.pop("checked", text)
    return IndexKey.of(**found), checked


def parameter_text(value) -> str:
    """A `with:` value as the text PostgreSQL stores (`70`, `on`, `0.5`, `auto`)."""
    if isinstance(value, bool):
        return _BOOLEAN_WORDS[value]
    return str(value)


def build_index(schema: str, table: str, columns: tuple[str, ...], named: Named) -> Index:
    """The model of one index; keys the rules (spec/rules.py) refused never reach here."""
    spec = named.spec
    keys = tuple(_key(entry, columns) for entry in spec.columns)
    return Index(schema=schema, name=named.name, table=table, unique=spec.unique, keys=keys,
                 method=spec.method, include=tuple(spec.include),
                 predicate=unwrapped(spec.where) if spec.where is not None else None,
                 nulls_not_distinct=spec.nulls_not_distinct,
                 parameters=parameters_of((k, parameter_text(v)) for k, v in spec.with_.items()),
                 comment=spec.comment)


def _key(entry: str, columns: tuple[str, ...]) -> IndexKey:
    found = parse_key(entry, columns)
    # an entry that is no key is refused by the rules first; kept as text for error paths
    return found[0] if found is not None else IndexKey.of(expression=f"({entry})")
