"""A stable hash of a model: plans carry the fingerprint of the state they were computed from."""

from __future__ import annotations

import dataclasses
import hashlib
import json

from .database import Database


def _comparable(obj: object) -> object:
    """The fields that take part in equality, in a JSON-friendly shape."""
    if dataclasses.is_dataclass(obj):
        return {
            f.name: _comparable(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if f.compare
        }
    if isinstance(obj, (tuple, list)):
        return [_comparable(x) for x in obj]
    if isinstance(obj, frozenset):
        return sorted(str(x) for x in obj)
    return obj


def fingerprint(db: Database) -> str:
    """sha256 over every object's compared fields, independent of dict order."""
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
