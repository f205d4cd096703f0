"""Views and materialized views from their catalog rows."""

from __future__ import annotations

from ..model import View
from ..model.tables import storage_options
from .catalog import READERS, Reader, Row

_BOOLEAN_OPTIONS = ("security_invoker", "security_barrier")
_TRUE = ("true", "on", "yes", "1")


def options(reloptions: list[str], materialized: bool, toast: list[str] = ()) -> tuple[str, ...]:
    """Sorted `k=v` view options; `security_invoker=on` and `=true` are one setting, and a false
    one is the same as none (CREATE OR REPLACE without it resets it). A materialized view's are
    storage parameters, normalised like a table's."""
    if materialized:
        return storage_options(reloptions, list(toast))
    out = []
    for entry in reloptions:
        key, _, value = entry.partition("=")
        if key in _BOOLEAN_OPTIONS:
            if value.lower() in _TRUE:
                out.append(f"{key}=true")
        else:
            out.append(f"{key}={value.lower()}")
    return tuple(sorted(out))


def definition(text: str) -> str:
    """pg_get_viewdef() text without its leading space and trailing semicolon."""
    return text.strip().removesuffix(";").rstrip()


def view(r: Row) -> View:
    return View(
        schema=r["schema"], name=r["name"], materialized=r["materialized"],
        definition=definition(r["definition"]),
        columns=tuple((name, type_) for name, type_ in r["columns"]),
        options=options(r["options"], r["materialized"], r["toast_options"]),
        populated=r["populated"], comment=r["comment"],
        reads=frozenset(tuple(ref) for ref in r["reads"]),
    )


def views(rows: list[Row]) -> list[View]:
    return [view(r) for r in rows]


VIEWS = Reader("views", views)  # one query for both kinds
READERS.register("view", VIEWS)
READERS.register("matview", VIEWS)
