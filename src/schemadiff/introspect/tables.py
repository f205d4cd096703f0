"""Tables and columns from the row-per-column catalog query."""

from __future__ import annotations

from itertools import groupby

from ..model import Column, Table
from .catalog import READERS, Reader, Row

IDENTITY = {"a": "always", "d": "by default"}  # pg_attribute.attidentity; '' is none


def column(r: Row) -> Column:
    return Column(
        name=r["column_name"], type=r["type"], not_null=r["not_null"],
        default=r["default"], identity=IDENTITY.get(r["identity"]),
        generated=r["generated"], collation=r["collation"], comment=r["column_comment"],
    )


def tables(rows: list[Row]) -> list[Table]:
    """Group the rows (ordered by schema, table, attnum) into tables."""
    result = []
    for (schema, name), group in groupby(rows, key=lambda r: (r["schema"], r["name"])):
        group = list(group)
        # A table without columns comes back as one row whose column is NULL.
        cols = tuple(column(r) for r in group if r["column_name"] is not None)
        result.append(Table(schema=schema, name=name, columns=cols, comment=group[0]["comment"],
                            rls_enabled=group[0]["rls_enabled"], rls_forced=group[0]["rls_forced"],
                            unlogged=group[0]["unlogged"]))
    return result


READERS.register("table", Reader("tables", tables))
