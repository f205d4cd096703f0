"""A stable hash of a model: plans carry the fingerprint of the state they were computed from."""

from __future__ import annotations

import dataclasses
import hashlib
import json

from .database import Database


_SCALARS = (str, int, float, bool, type(None))
_COMPARED: dict[type, tuple[str, ...]] = {}  # per dataclass: the names of its compared fields


def _compared_fields(cls: type) -> tuple[str, ...]:
    names = _COMPARED.get(cls)
    if names is None:
        names = _COMPARED[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
    return names


def _comparable(obj: object) -> object:
    """The fields that take part in equality, in a JSON-friendly shape."""
    if isinstance(obj, _SCALARS):  # most values: answered before the dataclass machinery
        return obj
    if dataclasses.is_dataclass(obj):
        return {name: _comparable(getattr(obj, name)) for name in _compared_fields(type(obj))}
    if isinstance(obj, (tuple, list)):
        return [_comparable(x) for x in obj]
    if isinstance(obj, frozenset):
        return sorted(str(x) for x in obj)
    return obj


def fingerprint(db: Database) -> str:
    """sha256 over every object's compared fields, independent of dict order. Computed once per
    Database (it is immutable): a plan fingerprints both sides, and one run plans several times."""
    cached = db.__dict__.get("_fingerprint")
    if cached is None:
        cached = db.__dict__["_fingerprint"] = _digest(db)
    return cached


def _digest(db: Database) -> str:
    rows = sorted(
        (oid.path(), json.dumps(_comparable(obj), sort_keys=True, default=str))
        for oid, obj in db.objects.items()
    )
    digest = hashlib.sha256()
    for path, body in rows:
        digest.update(path.encode())
        digest.update(b"\0")
        digest.update(body.encode())
        digest.update(b"\n")
    return digest.hexdigest()
