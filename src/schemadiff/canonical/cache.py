"""Canonical desired models cached by (the model, the code that builds it, server version): an
unchanged schema.yaml plans without touching a scratch database."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import pickle
import typing
from pathlib import Path

from ..model import Database
from ..model.kinds import kinds

CACHE_FORMAT = 4  # 4: the key hashes the model's fields and schemadiff's own code


def _model_layout() -> str:
    """The field names of every model class, nested ones too: a pickle from another layout must
    never be loaded (a new field would shift the slots of the old objects). Derived from the
    declared kinds, so a new kind cannot be forgotten here."""
    seen: dict[str, type] = {}
    todo = [Database, *(k.model for k in kinds())]
    while todo:
        cls = todo.pop()
        if cls.__name__ in seen:
            continue
        seen[cls.__name__] = cls
        todo += [t for t in _field_types(cls) if dataclasses.is_dataclass(t)]
    return ";".join(f"{name}:{','.join(f.name for f in dataclasses.fields(cls))}"
                    for name, cls in sorted(seen.items()))


def _field_types(cls: type) -> list[type]:
    """The classes a dataclass's field annotations name, unwrapped from containers and unions."""
    found, todo = [], list(typing.get_type_hints(cls).values())
    while todo:
        hint = todo.pop()
        if isinstance(hint, type):
            found.append(hint)
        todo += list(typing.get_args(hint))
    return found


def cache_key(model: Database, version_num: int) -> str:
    """A hash of every field of every object (what the canonical build is made from), the code that
    turns them into DDL and the server version. It used to hash the rendered DDL, which meant a plan
    from empty and its rendering (seconds at 2,000 tables) just to find a cache hit."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}:{version_num}:{_model_layout()}:{_code_version()}\n".encode())
    for oid in sorted(model.objects):
        digest.update(json.dumps(_every_field(model.objects[oid]), sort_keys=True, default=str).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _every_field(obj: object) -> object:
    """All fields, the ones equality ignores too (a build may use them), frozensets sorted: the
    same text in every process (pickle's order of a frozenset varies with the hash seed)."""
    if isinstance(obj, (str, int, float, type(None))):
        return obj
    if isinstance(obj, (tuple, list)):
        return [_every_field(x) for x in obj]
    if dataclasses.is_dataclass(obj):
        return {name: _every_field(getattr(obj, name)) for name in _field_names(type(obj))}
    if isinstance(obj, frozenset):
        return sorted(str(x) for x in obj)
    return obj


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _code_version() -> str:
    """A hash of schemadiff's own sources and shipped templates: a change in how DDL is planned or
    rendered must not hand back a model built by the old code."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".sql", ".j2", ".jinja", ".yaml") and path.is_file():
            digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
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
