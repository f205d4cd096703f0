"""Which type changes rewrite the table and which may lose data (PITFALLS: locks and rewrites)."""

from __future__ import annotations

import re

_VARCHAR = re.compile(r"^character varying(?:\((\d+)\))?$")
_NUMERIC = re.compile(r"^numeric(?:\((\d+),(\d+)\))?$")
_INT_WIDTH = {"smallint": 2, "integer": 4, "bigint": 8}


def rewrites(old: str, new: str) -> bool:
    """False only for changes Postgres makes without touching rows (binary-coercible widening)."""
    if new == "text" and _VARCHAR.match(old):
        return False
    vo, vn = _VARCHAR.match(old), _VARCHAR.match(new)
    if vo and vn:
        return not _widens_length(vo.group(1), vn.group(1))
    no, nn = _NUMERIC.match(old), _NUMERIC.match(new)
    if no and nn:
        return not _widens_numeric(no.groups(), nn.groups())
    return True


def narrowing(old: str, new: str) -> bool:
    """True when existing values may be cut or rejected."""
    if old in _INT_WIDTH and new in _INT_WIDTH:
        return _INT_WIDTH[new] < _INT_WIDTH[old]
    vn = _VARCHAR.match(new)
    if vn and vn.group(1) and (old == "text" or _VARCHAR.match(old)):
        vo = _VARCHAR.match(old)
        return not (vo and _widens_length(vo.group(1), vn.group(1)))
    no, nn = _NUMERIC.match(old), _NUMERIC.match(new)
    if no and nn:
        return not _widens_numeric(no.groups(), nn.groups())
    return False


def _widens_length(old: str | None, new: str | None) -> bool:
    if new is None:
        return True
    return old is not None and int(new) >= int(old)


def _widens_numeric(old: tuple, new: tuple) -> bool:
    if new[0] is None:
        return True
    if old[0] is None:
        return False
    # Same scale and no fewer integer digits: numeric(10,2) -> numeric(12,2) is metadata only.
    return int(new[1]) == int(old[1]) and int(new[0]) >= int(old[0])


_VOLATILE = re.compile(
    r"\b(gen_random_uuid|uuid_generate_v[14]|random|clock_timestamp|timeofday|nextval|txid_current)\s*\(",
    re.IGNORECASE,
)


def volatile_default(default: str | None) -> bool:
    """A volatile default is evaluated per existing row when a column is added: a rewrite."""
    return default is not None and bool(_VOLATILE.search(default))
