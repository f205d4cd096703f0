"""Rules for functions, procedures and triggers that reach beyond one block: overloads told apart,
trigger functions declared, `update of` columns present. Called from SchemaSpec's validator."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from .paths import RuleError, display_path
from .routines import routine_name, signature
from .triggers import split_event

if TYPE_CHECKING:
    from .documents import SchemaSpec
    from .tables import TableSpec


def check_schema(spec: SchemaSpec) -> None:
    _check_overloads(spec)
    for tname, table in spec.tables.items():
        for trig, t in table.triggers.items():
            path = ("tables", tname, "triggers", trig)
            _check_update_of(tname, table, t.events, path + ("events",))
            if t.function.schema_ is None:
                _check_function(spec, t.function.name, path + ("function",))


def _check_overloads(spec: SchemaSpec) -> None:
    # Functions and procedures share pg_proc: one name and argument types per schema.
    seen: dict[tuple[str, str], tuple] = {}
    for section in ("functions", "procedures"):
        for key, routine in getattr(spec, section).items():
            ident = (routine_name(key), _normal(signature(routine.arg_text())))
            path = (section, key)
            if ident in seen:
                raise RuleError(f"{key!r} has the same name and argument types as "
                                f"{display_path(seen[ident])}", path,
                                "overloads need different argument types")
            seen[ident] = path


def _normal(types: str) -> str:
    return " ".join(types.lower().split())


def _check_update_of(table: str, spec: TableSpec, events: list[str], path: tuple) -> None:
    for i, event in enumerate(events):
        for col in split_event(event)[1]:
            if col not in spec.columns:
                close = difflib.get_close_matches(col, list(spec.columns), n=1)
                raise RuleError(f"column {col!r} does not exist in table {table!r}", path + (i,),
                                f"did you mean {close[0]!r}?" if close else "")


def _check_function(spec: SchemaSpec, name: str, path: tuple) -> None:
    names = {routine_name(k) for k in spec.functions}
    if name not in names:
        close = difflib.get_close_matches(name, sorted(names), n=1)
        hint = f"did you mean {close[0]!r}?" if close else "declare it under functions: with returns: trigger"
        raise RuleError(f"trigger function {name!r} is not declared in this schema", path, hint)
