"""Indexes from their catalog rows; the body is pg_get_indexdef() after `ON table `."""

from __future__ import annotations

from ..model import Index
from .catalog import READERS, Reader, Row


def index_body(r: Row) -> str:
    """Cut `CREATE [UNIQUE] INDEX <name> ON [ONLY] <schema>.<table> ` off the definition.

    The prefix is rebuilt from quote_ident() of the real names rather than searched for, so a
    name containing ` ON ` or ` USING ` cannot fool it. ruleutils prints ONLY for every index on
    a partitioned table (relkind 'I'), since that index is not itself built recursively.
    """
    unique = "UNIQUE " if r["unique"] else ""
    only = "ONLY " if r["partitioned"] else ""
    prefix = f"CREATE {unique}INDEX {r['quoted_name']} ON {only}{r['quoted_table']} "
    definition = r["definition"]
    if not definition.startswith(prefix):
        raise ValueError(f"unexpected index definition: {definition!r}")
    return definition[len(prefix):]


def indexes(rows: list[Row]) -> list[Index]:
    return [
        Index(schema=r["schema"], name=r["name"], table=r["table"], unique=r["unique"],
              body=index_body(r), comment=r["comment"], valid=r["valid"])
        for r in rows
    ]


READERS.register("index", Reader("indexes", indexes))
