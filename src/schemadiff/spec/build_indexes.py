"""Index bodies as SQL text: everything pg_get_indexdef() prints after `ON table`."""

from __future__ import annotations

from ..model import Index
from ..quoting import ident_list
from .elements import parse_element
from .expand import Named
from .sqltext import wrap


def index_body(spec, columns: tuple[str, ...]) -> str:
    """`USING btree ("email", (lower(email)) DESC) INCLUDE ("plan") WHERE (deleted_at IS NULL)`."""
    keys = ", ".join(parse_element(entry, columns).sql() for entry in spec.columns)
    body = f"USING {spec.method} ({keys})"
    if spec.include:
        body += f" INCLUDE ({ident_list(spec.include)})"
    if spec.nulls_not_distinct:
        body += " NULLS NOT DISTINCT"
    if spec.where is not None:
        body += f" WHERE {wrap(spec.where)}"
    return body


def build_index(schema: str, table: str, columns: tuple[str, ...], named: Named) -> Index:
    spec = named.spec
    return Index(schema=schema, name=named.name, table=table, unique=spec.unique,
                 body=index_body(spec, columns), comment=spec.comment)
