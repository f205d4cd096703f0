"""SQL for COMMENT ON."""

from __future__ import annotations

from ..model import ObjectId
from ..plan import ops
from ..quoting import ident, literal, qualified
from .registry import renders

_KEYWORDS = {
    "schema": "SCHEMA", "extension": "EXTENSION", "enum": "TYPE", "sequence": "SEQUENCE",
    "table": "TABLE", "index": "INDEX",
    "view": "VIEW", "matview": "MATERIALIZED VIEW", "domain": "DOMAIN",
}


def comment_target(on: ObjectId, column: str | None) -> str:
    """The `COMMENT ON <what>` part for any commentable id."""
    if column is not None:
        return f"COLUMN {qualified(on.schema, on.name)}.{ident(column)}"
    if on.kind == "constraint":
        return f"CONSTRAINT {ident(on.name)} ON {qualified(on.schema, on.parent)}"
    if on.kind == "policy":
        return f"POLICY {ident(on.name)} ON {qualified(on.schema, on.parent)}"
    if on.kind == "trigger":
        return f"TRIGGER {ident(on.name)} ON {qualified(on.schema, on.parent)}"
    if on.kind == "function":  # ROUTINE: a function or a procedure, by its argument types
        return f"ROUTINE {qualified(on.schema, on.name)}({on.signature})"
    if on.kind in ("schema", "extension"):
        return f"{_KEYWORDS[on.kind]} {ident(on.name)}"
    return f"{_KEYWORDS[on.kind]} {qualified(on.schema, on.name)}"


@renders(ops.SetComment)
def _set_comment(op: ops.SetComment) -> list[str]:
    text = literal(op.text) if op.text is not None else "NULL"
    return [f"COMMENT ON {comment_target(op.on, op.column)} IS {text}"]
