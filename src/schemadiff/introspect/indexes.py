"""Indexes from their catalog rows: pg_get_indexdef() read through PostgreSQL's parser."""

from __future__ import annotations

from ..model import Index
from ..model.indexes import IndexKey, parameters_of
from ..sqltree import index_parts, unwrapped
from .catalog import READERS, Reader, Row


def index_of(r: Row) -> Index:
    """One index row as the model: structure from the parse tree, texts from the catalog."""
    parts = index_parts(r["definition"])
    keys = tuple(IndexKey.of(**mods, expression=None if mods["column"] is not None else text)
                 for mods, text in zip(parts.keys, r["key_texts"], strict=True))
    predicate = unwrapped(r["predicate"]) if r["predicate"] is not None else None
    return Index(schema=r["schema"], name=r["name"], table=r["table"], unique=r["unique"], keys=keys,
                 method=parts.method, include=parts.include, predicate=predicate,
                 nulls_not_distinct=parts.nulls_not_distinct,
                 parameters=parameters_of(_pair(o) for o in r["parameters"] or ()),
                 comment=r["comment"], valid=r["valid"])


def _pair(option: str) -> tuple[str, str]:
    # reloptions entries are `name=value`; a name never holds `=`, a value may
    name, _, value = option.partition("=")
    return name, value


def indexes(rows: list[Row]) -> list[Index]:
    return [index_of(r) for r in rows]


READERS.register("index", Reader("indexes", indexes))


def index_methods(conn) -> tuple[str, ...]:
    """The names of the index access methods the connected database has (pg_am, amtype 'i')."""
    from .catalog import fetch

    return tuple(r["name"] for r in fetch(conn, "index_methods"))
