"""Rules for views, domains, policies and grants inside one schema block (see rules.py)."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from ..model.naming import make_object_name
from .paths import Path, RuleError
from .sql_checks import argument_types

if TYPE_CHECKING:
    from .documents import SchemaSpec

# `name(argument types)`: the function a grant is on; the types as CREATE FUNCTION takes them.
FUNCTION_KEY = re.compile(r"^\s*([^()\s][^()]*?)\s*\((.*)\)\s*$", re.S)


def check_schema(spec: SchemaSpec) -> None:
    _check_type_names(spec)
    _check_grant_targets(spec)
    _check_view_index_keys(spec)


def _check_view_index_keys(spec: SchemaSpec) -> None:
    from .build_views import _index_columns
    from .rules import check_index_key

    for name, view in spec.views.items():
        columns = _index_columns(view)
        for index, ispec in view.indexes.items():
            for i, entry in enumerate(ispec.columns):
                check_index_key(entry, columns, ("views", name, "indexes", index, "columns", i))


def view_relations(spec: SchemaSpec):
    """(what, name, path) of every pg_class entry the views bring: the view and its indexes."""
    for name, view in spec.views.items():
        yield "view", name, ("views", name)
        for index in view.indexes:
            yield "index", index, ("views", name, "indexes", index)


def _check_type_names(spec: SchemaSpec) -> None:
    # Enums and domains are types; every table and view also defines a row type of its name.
    seen: dict[str, str] = {}
    for what, block in (("enum", spec.enums), ("domain", spec.domains), ("table", spec.tables),
                        ("view", spec.views)):
        for name in block:
            if name in seen and not {what, seen[name]} <= {"table", "view"}:
                raise RuleError(f"{what} {name!r} has the same name as {seen[name]} {name!r}",
                                (f"{what}s", name), "types and row types share one namespace")
            seen[name] = what


def _check_grant_targets(spec: SchemaSpec) -> None:
    if spec.grants is None:
        return
    sequences = set(spec.sequences) | _implied_sequences(spec)
    declared = {"tables": spec.tables, "views": spec.views, "sequences": sequences,
                "types": set(spec.enums) | set(spec.domains)}
    for kind, path, _ in spec.grants.blocks():
        where: Path = ("grants",) + path
        if kind == "functions" and FUNCTION_KEY.match(path[1]) is None:
            raise RuleError(f"{path[1]!r} does not name a function", where,
                            "write name(argument types), like normalize_email(text)")
        if kind == "functions":
            _check_argument_types(path[1], where)
        if kind in declared and path[1] not in declared[kind]:
            close = difflib.get_close_matches(path[1], list(declared[kind]), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"declare it under {kind}: first"
            raise RuleError(f"{kind[:-1]} {path[1]!r} is not declared in this schema", where, hint)
        if kind == "tables":
            _check_granted_columns(spec.tables[path[1]], spec.grants.tables[path[1]], where)


def _check_granted_columns(table, grantees, where: Path) -> None:
    for grantee, grant in grantees.items():
        for privilege, columns in grant.columns.items():
            for i, column in enumerate(columns):
                if column not in table.columns:
                    close = difflib.get_close_matches(column, list(table.columns), n=1)
                    hint = f"did you mean {close[0]!r}?" if close else "declare it under columns: first"
                    raise RuleError(f"column {column!r} is not declared in this table",
                                    where + (grantee, "columns", privilege, i), hint)


_SERIALS = ("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8")


def _implied_sequences(spec: SchemaSpec) -> set[str]:
    """Sequences a serial or identity column brings, named as Postgres names them."""
    return {make_object_name(table, name, "seq") for table, t in spec.tables.items()
            for name, c in t.columns.items() if c.type.lower() in _SERIALS or c.identity}


def _check_argument_types(key: str, where: Path) -> None:
    # The types are formatted into GRANT ... ON FUNCTION name(types): PostgreSQL's parser must
    # read them as an argument list and nothing more.
    try:
        argument_types(function_key(key)[1], f"the argument types of {key!r}")
    except RuleError as exc:
        raise RuleError(exc.message, where, exc.hint) from None


def function_key(key: str) -> tuple[str, str]:
    """(name, argument types) of a `functions:` key in grants."""
    m = FUNCTION_KEY.match(key)
    assert m is not None  # checked by the rules
    return m.group(1), " ".join(m.group(2).split())
