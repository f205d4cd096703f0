"""Canonical desired models cached by (rendered DDL, server version): an unchanged schema.yaml
plans without touching a scratch database."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from ..model import Database
from ..plan import make_plan
from ..render import statements

CACHE_FORMAT = 1


def cache_key(model: Database, version_num: int) -> str:
    digest = hashlib.sha256(f"{CACHE_FORMAT}:{version_num}\n".encode())
    for op in make_plan(Database.of([]), model).ops:
        for stmt in statements(op):
            digest.update(stmt.encode())
            digest.update(b";\n")
    return digest.hexdigest()


def load(cache_dir: Path, key: str) -> Database | None:
    path = cache_dir / f"{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        return None  # a missing or stale entry is rebuilt, never an error


def store(cache_dir: Path, key: str, db: Database) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / f"{key}.tmp"
    with tmp.open("wb") as fh:
        pickle.dump(db, fh)
    tmp.replace(cache_dir / f"{key}.pickle")  # atomic: a crash never leaves half an entry
