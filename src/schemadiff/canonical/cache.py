"""Canonical desired models cached by (rendered DDL, server version): an unchanged schema.yaml
plans without touching a scratch database."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import pickle
import typing
from pathlib import Path

from ..model import Database
from ..model.kinds import kinds
from ..plan import make_plan
from ..render import statements

CACHE_FORMAT = 4  # 4: the key covers schemadiff's own code (_code_digest)


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """The code that turns schema.yaml into a canonical model (introspection queries, readers,
    the planner that orders the build): an entry made by another version of schemadiff was read
    by other queries and must never be loaded after an upgrade. A hash of the package's own
    files, read once per process (a few milliseconds)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".sql") and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


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
    digest = hashlib.sha256(
        f"{CACHE_FORMAT}:{version_num}:{_code_digest()}:{_model_layout()}\n".encode())
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
