"""SQL for indexes, written from the model's fields."""

from __future__ import annotations

from ..model.indexes import Index, IndexKey
from ..plan import ops
from ..quoting import ident, literal, qualified, readable_ident
from ..sqltree import wrapped
from .comments import COMMENT_TARGETS, by_qualified_name
from .registry import renders


def _name(parts: tuple[str, ...]) -> str:
    return ".".join(readable_ident(p) for p in parts)


def parameter_list(pairs: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{readable_ident(k)} = {literal(v)}" for k, v in pairs)


def key_sql(key: IndexKey) -> str:
    """`a COLLATE "C" text_pattern_ops DESC NULLS LAST`, `lower(email)`, `((a + b))`."""
    out = readable_ident(key.column) if key.column is not None else key.expression or ""
    if key.collation:
        out += f" COLLATE {_name(key.collation)}"
    if key.opclass:
        out += f" {_name(key.opclass)}"
        out += f" ({parameter_list(key.opclass_options)})" if key.opclass_options else ""
    out += " DESC" if key.descending else ""
    if key.nulls_first != key.descending:  # only what differs from the direction's default
        out += " NULLS FIRST" if key.nulls_first else " NULLS LAST"
    return out


def index_body(i: Index) -> str:
    """Everything after `ON table`: `USING m (keys) [INCLUDE] [NULLS NOT DISTINCT] [WITH] [WHERE]`."""
    body = f"USING {readable_ident(i.method)} ({', '.join(key_sql(k) for k in i.keys)})"
    if i.include:
        body += f" INCLUDE ({', '.join(readable_ident(c) for c in i.include)})"
    body += " NULLS NOT DISTINCT" if i.nulls_not_distinct else ""
    body += f" WITH ({parameter_list(i.parameters)})" if i.parameters else ""
    if i.predicate is not None:
        body += f" WHERE {i.predicate if wrapped(i.predicate) else f'({i.predicate})'}"
    return body


@renders(ops.CreateIndex)
def _create_index(op: ops.CreateIndex) -> list[str]:
    i = op.index
    unique = "UNIQUE " if i.unique else ""
    how = "CONCURRENTLY " if op.concurrently else ""
    return [f"CREATE {unique}INDEX {how}{ident(i.name)} ON {qualified(i.schema, i.table)} {index_body(i)}"]


@renders(ops.DropIndex)
def _drop_index(op: ops.DropIndex) -> list[str]:
    how = "CONCURRENTLY " if op.concurrently else ""
    return [f"DROP INDEX {how}{qualified(op.index.schema, op.index.name)}"]


@renders(ops.RenameIndex)
def _rename_index(op: ops.RenameIndex) -> list[str]:
    return [f"ALTER INDEX {qualified(op.index.schema, op.old_name)} RENAME TO {ident(op.index.name)}"]


@renders(ops.SetIndexParameters)
def _set_parameters(op: ops.SetIndexParameters) -> list[str]:
    """Storage parameters change in place: the index is not rebuilt (new pages follow them)."""
    target = qualified(op.index.schema, op.index.name)
    out = [f"ALTER INDEX {target} SET ({parameter_list(op.set)})"] if op.set else []
    if op.reset:
        out.append(f"ALTER INDEX {target} RESET ({', '.join(readable_ident(k) for k in op.reset)})")
    return out


COMMENT_TARGETS.register("index", by_qualified_name("INDEX"))
