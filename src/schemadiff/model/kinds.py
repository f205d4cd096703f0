"""Object kinds, declared once by the family module that defines them, and per-layer registries.

Every model family module registers its kinds here (`register_kind`); every other layer keeps a
`Registry` of handlers keyed by kind, filled by its family modules, and checks at import that no
kind is missing (`Registry.require_complete`). Forgetting a part of a new kind therefore fails at
import and in tests/unit/core/test_kinds.py, never by a silent default (pg-schema-diff's one
`sqlVertexGenerator` per kind, Alembic's per-type comparators: the same idea).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar


@dataclass(frozen=True)
class Kind:
    """One kind of object: its name in ObjectId.kind, its model class, its family (the module name
    in every layer) and its rank (the order a person reads a plan; the graph's tie-break)."""

    name: str
    model: type
    family: str
    rank: int


_KINDS: dict[str, Kind] = {}


def register_kind(name: str, model: type, family: str, rank: int) -> Kind:
    """Declare a kind; a second declaration of a name or a rank is a bug, refused at import."""
    if name in _KINDS:
        raise RuntimeError(f"kind {name!r} is declared twice")
    if any(k.rank == rank for k in _KINDS.values()):
        raise RuntimeError(f"kind {name!r} reuses rank {rank}")
    kind = Kind(name, model, family, rank)
    _KINDS[name] = kind
    return kind


def kinds() -> tuple[Kind, ...]:
    """Every declared kind, in reading order."""
    return tuple(sorted(_KINDS.values(), key=lambda k: k.rank))


def kind(name: str) -> Kind:
    try:
        return _KINDS[name]
    except KeyError:
        raise KeyError(f"unknown object kind {name!r}: declare it with register_kind") from None


def kind_rank(name: str) -> int:
    return kind(name).rank


def kind_of(obj: object) -> Kind:
    """The kind of a model object (by its id, which every model class has)."""
    return kind(obj.id.kind)  # type: ignore[attr-defined]


H = TypeVar("H")


class Registry(Generic[H]):
    """The handlers one layer keeps per kind: each registered once, none missing."""

    def __init__(self, layer: str, what: str) -> None:
        self.layer, self.what = layer, what
        self._handlers: dict[str, H] = {}

    def register(self, name: str, handler: H) -> H:
        kind(name)  # an unknown kind is refused
        if name in self._handlers:
            raise RuntimeError(f"{self.layer}: a second {self.what} for kind {name!r}")
        self._handlers[name] = handler
        return handler

    def registers(self, *names: str) -> Callable[[H], H]:
        """Decorator form: `@REGISTRY.registers("view", "matview")`."""
        def wrap(handler: H) -> H:
            for name in names:
                self.register(name, handler)
            return handler
        return wrap

    def __getitem__(self, name: str) -> H:
        try:
            return self._handlers[name]
        except KeyError:
            raise KeyError(f"{self.layer} has no {self.what} for kind {name!r}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._handlers)

    def missing(self) -> list[str]:
        return [k.name for k in kinds() if k.name not in self._handlers]

    def require_complete(self) -> None:
        """Called at the end of the layer's __init__: a kind without a handler fails the import."""
        if self.missing():
            raise RuntimeError(f"{self.layer}: no {self.what} for kind(s) {', '.join(self.missing())}")
