"""Operation class -> SQL statements. One renderer per class; a second registration is a bug."""

from __future__ import annotations

from collections.abc import Callable

from ..plan.ops import Op

Renderer = Callable[[Op], list[str]]
_RENDERERS: dict[type, Renderer] = {}


def renders(op_class: type) -> Callable[[Renderer], Renderer]:
    """Decorator registering the renderer of one operation class."""

    def register(fn: Renderer) -> Renderer:
        if op_class in _RENDERERS:
            raise RuntimeError(f"a renderer for {op_class.__name__} is already registered")
        _RENDERERS[op_class] = fn
        return fn

    return register


def statements(op: Op) -> list[str]:
    """The SQL statements of one operation, without trailing semicolons."""
    try:
        renderer = _RENDERERS[type(op)]
    except KeyError:
        raise RuntimeError(f"no renderer for {type(op).__name__}") from None
    return renderer(op)


def registered() -> frozenset[type]:
    return frozenset(_RENDERERS)
