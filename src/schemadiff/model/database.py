"""The whole model of one database: every object by its ObjectId."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Protocol

from .cron import CronInfo
from .ids import ObjectId
from .kinds import kind as declared_kind
from .tables import Table
from .constraints import Constraint
from .indexes import Index


class DbObject(Protocol):
    """What every model class is: frozen, keyed by `.id`, with its `pg_depend` edges. The classes
    are the ones the kinds declare (model/kinds.py); Database.of checks it."""

    @property
    def id(self) -> ObjectId: ...

    depends_on: frozenset[ObjectId]


@dataclass(frozen=True)
class Database:
    """An immutable set of objects, keyed by ObjectId. Both sides of a diff are one of these."""

    objects: Mapping[ObjectId, DbObject] = field(default_factory=dict)
    server_version: int = 0  # server_version_num of the database it was read from (0: unknown)
    # pg_cron in the database it was read from (model/cron.py); `cron.available`: jobs were read.
    cron: CronInfo = field(default=CronInfo(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "objects", MappingProxyType(dict(self.objects)))

    @classmethod
    def of(cls, items: Iterable[DbObject], server_version: int = 0) -> Database:
        objs: dict[ObjectId, DbObject] = {}
        for obj in items:
            declared = declared_kind(obj.id.kind).model
            if not isinstance(obj, declared):
                raise TypeError(f"{obj.id.display()} is a {type(obj).__name__}, not a {declared.__name__}")
            if obj.id in objs:
                raise ValueError(f"duplicate object: {obj.id.display()}")
            objs[obj.id] = obj
        return cls(objs, server_version)

    def __iter__(self) -> Iterator[DbObject]:
        return iter(self.objects.values())

    def __len__(self) -> int:
        return len(self.objects)

    def get(self, oid: ObjectId) -> DbObject | None:
        return self.objects.get(oid)

    @cached_property
    def _by_kind(self) -> dict[str, list]:
        out: dict[str, list] = {}
        for k in sorted(self.objects):
            out.setdefault(k.kind, []).append(self.objects[k])
        return out

    @cached_property
    def _by_table(self) -> dict[tuple[str, ObjectId], list]:
        out: dict[tuple[str, ObjectId], list] = {}
        for kind in ("constraint", "index"):
            for obj in self._by_kind.get(kind, []):
                out.setdefault((kind, obj.table_id), []).append(obj)
        return out

    def of_kind(self, kind: str) -> list:
        return list(self._by_kind.get(kind, ()))

    def tables(self) -> list[Table]:
        return self.of_kind("table")

    def constraints_of(self, table: ObjectId) -> list[Constraint]:
        return list(self._by_table.get(("constraint", table), ()))

    def indexes_of(self, table: ObjectId) -> list[Index]:
        return list(self._by_table.get(("index", table), ()))

    def replace(self, *items: DbObject) -> Database:
        objs = dict(self.objects)
        objs.update({o.id: o for o in items})
        return Database(objs, self.server_version, self.cron)

    def without(self, *ids: ObjectId) -> Database:
        objs = {k: v for k, v in self.objects.items() if k not in set(ids)}
        return Database(objs, self.server_version, self.cron)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Database) and dict(self.objects) == dict(other.objects)

    def __reduce__(self):
        # MappingProxyType does not pickle; rebuild from a plain dict (the canonical cache pickles models).
        return (Database, (dict(self.objects), self.server_version, self.cron))

    def __hash__(self) -> int:  # pragma: no cover - models are compared, not hashed
        return hash(frozenset(self.objects))
