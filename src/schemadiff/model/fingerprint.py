"""A stable hash of a model: plans carry the fingerprint of the state they were computed from."""

from __future__ import annotations

import dataclasses
import hashlib
import json

from .database import Database


_COMPARED: dict[type, tuple[str, ...]] = {}  # per dataclass: the names of its compared fields


def _compared_fields(cls: type) -> tuple[str, ...]:
    names = _COMPARED.get(cls)
    if names is None:
        names = _COMPARED[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
    return names


def _comparable(obj: object) -> object:
    """What json cannot write itself: a dataclass becomes the fields that take part in equality,
    a frozenset its sorted text, anything else its text. The encoder walks scalars, tuples and
    dicts in C and calls this only for those (a third faster than walking every value here)."""
    if dataclasses.is_dataclass(obj):
        return {name: getattr(obj, name) for name in _compared_fields(type(obj))}
    if isinstance(obj, frozenset):
        return sorted(str(x) for x in obj)
    return str(obj)


_ENCODER = json.JSONEncoder(sort_keys=True, default=_comparable)


def fingerprint(db: Database) -> str:
    """sha256 over every object's compared fields, independent of dict order. Computed once per
    Database (it is immutable): a plan fingerprints both sides, and one run plans several times."""
    cached = db.__dict__.get("_fingerprint")
    if cached is None:
        cached = db.__dict__["_fingerprint"] = _digest(db)
    return cached


def _digest(db: Database) -> str:
    rows = sorted(
        (oid.path(), _ENCODER.encode(obj))
        for oid, obj in db.objects.items()
    )
    digest = hashlib.sha256()
    for path, body in rows:
        digest.update(path.encode())
        digest.update(b"\0")
        digest.update(body.encode())
        digest.update(b"\n")
    return digest.hexdigest()
