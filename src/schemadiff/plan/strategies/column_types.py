"""Which type changes rewrite the table and which may lose data (PITFALLS: locks and rewrites)."""

from __future__ import annotations

from ...sqltree import TypeShape, referenced_names, type_shape

_INT_WIDTH = {"int2": 2, "int4": 4, "int8": 8}


def rewrites(old: str, new: str) -> bool:
    """False only for changes Postgres makes without touching rows (binary-coercible widening)."""
    o, n = _scalar(old), _scalar(new)
    if o is None or n is None:
        return True
    if o.name == "varchar" and n.name == "text" and not n.modifiers:
        return False
    if o.name == n.name == "varchar":
        return not _widens_length(o.modifiers, n.modifiers)
    if o.name == n.name == "numeric":
        return not _widens_numeric(o.modifiers, n.modifiers)
    return True


def narrowing(old: str, new: str) -> bool:
    """True when existing values may be cut or rejected."""
    o, n = _scalar(old), _scalar(new)
    if o is None or n is None:
        return False
    if o.name in _INT_WIDTH and n.name in _INT_WIDTH:
        return _INT_WIDTH[n.name] < _INT_WIDTH[o.name]
    if n.name == "varchar" and n.modifiers and o.name in ("text", "varchar"):
        return not (o.name == "varchar" and _widens_length(o.modifiers, n.modifiers))
    if o.name == n.name == "numeric":
        return not _widens_numeric(o.modifiers, n.modifiers)
    return False


def _scalar(text: str) -> TypeShape | None:
    """A built-in scalar type's shape: arrays and user types take the general path."""
    shape = type_shape(text)
    return shape if shape is not None and not shape.array else None


def _widens_length(old: tuple[int, ...], new: tuple[int, ...]) -> bool:
    if not new:
        return True
    return bool(old) and new[0] >= old[0]


def _widens_numeric(old: tuple[int, ...], new: tuple[int, ...]) -> bool:
    if not new:
        return True
    if not old:
        return False
    # Same scale and no fewer integer digits: numeric(10,2) -> numeric(12,2) is metadata only.
    old_scale, new_scale = (old + (0,))[1], (new + (0,))[1]
    return new_scale == old_scale and new[0] >= old[0]


# Built-in functions whose value differs per row; a call anywhere in the default makes the
# column's addition compute it for every existing row.
_VOLATILE = frozenset({"gen_random_uuid", "uuid_generate_v1", "uuid_generate_v4", "random",
                       "clock_timestamp", "timeofday", "nextval", "txid_current"})


def volatile_default(default: str | None) -> bool:
    """A volatile default is evaluated per existing row when a column is added: a rewrite."""
    return default is not None and bool(referenced_names(default, "expression") & _VOLATILE)
