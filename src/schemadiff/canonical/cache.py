"""Canonical desired models cached by (rendered DDL, server version): an unchanged schema.yaml
plans without touching a scratch database."""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from pathlib import Path

from ..model import Database
from ..plan import make_plan
from ..render import statements

CACHE_FORMAT = 2


def _model_layout() -> str:
    """The field names of every model class: a pickle from another layout must never be loaded
    (a new field would shift the slots of the old objects)."""
    from .. import model

    classes = [model.Schema, model.Extension, model.EnumType, model.Sequence, model.Table,
               model.Column, model.Constraint, model.Index]
    classes += [model.CronJob, model.CronInfo]  # pg_cron jobs ride in the cached desired model
    classes += [model.View, model.Policy, model.Grant, model.Domain]  # views, security, domains
    classes += [model.Function, model.Trigger]  # functions, procedures, triggers
    return ";".join(f"{c.__name__}:{','.join(f.name for f in dataclasses.fields(c))}" for c in classes)


def cache_key(model: Database, version_num: int) -> str:
    digest = hashlib.sha256(f"{CACHE_FORMAT}:{version_num}:{_model_layout()}\n".encode())
    for op in make_plan(Database.of([]), model).ops:
        for stmt in statements(op):
            digest.update(stmt.encode())
            digest.update(b";\n")
    return digest.hexdigest()


def load(cache_dir: Path, key: str) -> Database | None:
    path = cache_dir / f"{key}.pickle"
    try:
        with path.open("rb") as fh:
            found = pickle.load(fh)
    except Exception:  # noqa: BLE001 - any unreadable entry is a miss: rebuilt, never an error
        return None
    return found if isinstance(found, Database) else None


def store(cache_dir: Path, key: str, db: Database) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / f"{key}.tmp"
    with tmp.open("wb") as fh:
        pickle.dump(db, fh)
    tmp.replace(cache_dir / f"{key}.pickle")  # atomic: a crash never leaves half an entry
