"""Functions, procedures and triggers of schema.yaml -> model objects (bodies from templates)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..model import Function, Trigger
from ..model.routines import FUNCTION, PROCEDURE, declared_cost, declared_rows
from . import templates
from .paths import RuleError, spec_error
from .sql_checks import standard_body
from .routines import FunctionSpec, ProcedureSpec, RoutineSpec, parse_args, routine_name, signature
from .triggers import TriggerSpec, trigger_definition

_VOLATILITY = {"immutable": "i", "stable": "s", "volatile": "v"}
_PARALLEL = {"safe": "s", "restricted": "r", "unsafe": "u"}


def routine_objects(doc, schema: str, spec) -> Iterator[Function]:
    """Every function and procedure a schema block declares."""
    for key, f in spec.functions.items():
        yield _routine(doc, schema, ("functions", key), f)
    for key, p in spec.procedures.items():
        yield _routine(doc, schema, ("procedures", key), p)


def _routine(doc, schema: str, where: tuple[str, str], r: RoutineSpec) -> Function:
    name, arguments = routine_name(where[1]), r.arg_text()
    is_function = isinstance(r, FunctionSpec)
    fn = Function(
        schema=schema, name=name, signature=signature(arguments),
        kind=FUNCTION if is_function else PROCEDURE, arguments=arguments,
        result=r.returns if is_function else None, language=r.language,
        body=r.body if r.body is not None else _render(doc, schema, where, name, r),
        volatility=_VOLATILITY[r.volatility] if is_function else "v",
        strict=r.strict if is_function else False, security_definer=r.security_definer,
        config=r.config_entries(), comment=r.comment,
    )
    if is_function:
        fn = replace(fn, parallel=_PARALLEL[r.parallel], cost=declared_cost(r.cost),
                     rows=declared_rows(r.rows, fn.returns_set), leakproof=r.leakproof)
    _check_standard_body(doc, ("schemas", schema, *where, "body" if r.body is not None else "template"), fn)
    return fn


def _check_standard_body(doc, path: tuple, fn: Function) -> None:
    # A `RETURN ...` or `BEGIN ATOMIC ... END` body is written after the header unquoted (render/
    # routines.py), so it must end the one CREATE FUNCTION statement; other bodies are quoted.
    if not fn.sql_standard_body:
        return
    try:
        standard_body("CREATE FUNCTION f() RETURNS int LANGUAGE sql", fn.body, "a SQL-standard body")
    except RuleError as exc:
        raise spec_error(doc, path, exc) from None


def _render(doc, schema: str, where: tuple[str, str], name: str, r: RoutineSpec) -> str:
    what = f"{'procedure' if isinstance(r, ProcedureSpec) else 'function'} {schema}.{name}"
    info = {
        "schema": schema, "name": name, "returns": getattr(r, "returns", None),
        "args": [a._asdict() for a in parse_args(r.arg_text())],
    }
    path = ("schemas", schema, *where, "template")
    return templates.render(doc, r.template, r.vars, what=what, path=path, schema=schema,
                            extra={"function": info})


def trigger_objects(schema: str, table: str, triggers: dict[str, TriggerSpec]) -> Iterator[Trigger]:
    for name, t in triggers.items():
        yield Trigger(schema, table, name, trigger_definition(schema, table, name, t), t.comment,
                      function=(t.function.schema_ or schema, t.function.name))
