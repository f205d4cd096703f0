"""SQL for functions and procedures (and the column defaults rebuilt around them)."""

from __future__ import annotations

from ..model import Function
from ..plan import ops
from ..quoting import dollar_quoted, ident, literal, qualified
from .registry import renders
from .comments import COMMENT_TARGETS

_VOLATILITY = {"i": "IMMUTABLE", "s": "STABLE", "v": ""}  # VOLATILE is the default
_PARALLEL = {"s": "PARALLEL SAFE", "r": "PARALLEL RESTRICTED", "u": ""}  # UNSAFE is the default
# Parameters whose value is a list of names, each quoted on its own (GUC_LIST_QUOTE).
_LIST_SETTINGS = {"search_path", "temp_tablespaces", "session_preload_libraries",
                  "shared_preload_libraries", "local_preload_libraries"}


def function_sql(fn: Function, replace: bool = False) -> str:
    """CREATE [OR REPLACE] FUNCTION/PROCEDURE with every attribute the model holds."""
    kind = "PROCEDURE" if fn.is_procedure else "FUNCTION"
    lines = [f"CREATE {'OR REPLACE ' if replace else ''}{kind} {qualified(fn.schema, fn.name)}({fn.arguments})"]
    if fn.result is not None and not fn.is_procedure:
        lines.append(f" RETURNS {fn.result}")
    lines.append(f" LANGUAGE {ident(fn.language)}")
    traits = [_VOLATILITY[fn.volatility], "STRICT" if fn.strict else "",
              "SECURITY DEFINER" if fn.security_definer else "", "LEAKPROOF" if fn.leakproof else "",
              _PARALLEL[fn.parallel], _number("COST", fn.cost), _number("ROWS", fn.rows)]
    if any(traits):
        lines.append(" " + " ".join(t for t in traits if t))
    lines += [f" SET {setting_sql(entry)}" for entry in fn.config]
    # A SQL-standard body is SQL, not a string; anything else is the string AS gives Postgres.
    lines.append(fn.body if fn.sql_standard_body else f"AS {dollar_quoted(fn.body)}")
    return "\n".join(lines)


def _number(word: str, value: float | None) -> str:
    """`COST 5`, `ROWS 0.5` (a float, printed whole where it is), or nothing for the default."""
    if value is None:
        return ""
    return f"{word} {int(value) if float(value).is_integer() else repr(float(value))}"


def setting_sql(entry: str) -> str:
    """`search_path=pg_catalog, public` -> `"search_path" TO 'pg_catalog', 'public'`."""
    name, _, value = entry.partition("=")
    target = _setting_name(name)
    if name in _LIST_SETTINGS:
        return f"{target} TO {', '.join(literal(v) for v in list_elements(value))}"
    return f"{target} TO {literal(value)}"


def list_elements(value: str) -> list[str]:
    """The names of a list setting as proconfig stores it: comma-separated, `"quoted"` where needed."""
    out, current, quoted, i = [], "", False, 0
    while i < len(value):
        ch = value[i]
        if ch == '"' and quoted and value[i + 1: i + 2] == '"':
            current, i = current + '"', i + 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append(current.strip())
            current = ""
        else:
            current += ch
        i += 1
    return out + [current.strip()] if current.strip() or out else out


def _drop_target(fn: Function) -> str:
    kind = "PROCEDURE" if fn.is_procedure else "FUNCTION"
    return f"{kind} {qualified(fn.schema, fn.name)}({fn.signature})"


@renders(ops.CreateFunction)
def _create_function(op: ops.CreateFunction) -> list[str]:
    return [function_sql(op.function)]


@renders(ops.ReplaceFunction)
def _replace_function(op: ops.ReplaceFunction) -> list[str]:
    return [function_sql(op.new, replace=True)]


@renders(ops.AlterFunction)
def _alter_function(op: ops.AlterFunction) -> list[str]:
    """One ALTER with every changed attribute; a parameter no longer set is RESET."""
    old, new = op.old, op.new
    actions = [] if old.volatility == new.volatility else [_VOLATILITY[new.volatility] or "VOLATILE"]
    if old.strict != new.strict:
        actions.append("STRICT" if new.strict else "CALLED ON NULL INPUT")
    if old.security_definer != new.security_definer:
        actions.append("SECURITY DEFINER" if new.security_definer else "SECURITY INVOKER")
    if old.leakproof != new.leakproof:
        actions.append("LEAKPROOF" if new.leakproof else "NOT LEAKPROOF")
    if old.parallel != new.parallel:
        actions.append(_PARALLEL[new.parallel] or "PARALLEL UNSAFE")
    if old.cost != new.cost:
        actions.append(_number("COST", new.cost if new.cost is not None else 100.0))
    if old.rows != new.rows:
        actions.append(_number("ROWS", new.rows if new.rows is not None else 1000.0))
    actions += _setting_changes(old, new)
    return [f"ALTER {_drop_target(new)} {' '.join(actions)}"]


def _setting_changes(old: Function, new: Function) -> list[str]:
    before = dict(e.partition("=")[::2] for e in old.config)
    after = dict(e.partition("=")[::2] for e in new.config)
    resets = [f"RESET {_setting_name(k)}" for k in before if k not in after]
    return resets + [f"SET {setting_sql(f'{k}={v}')}" for k, v in after.items() if before.get(k) != v]


def _setting_name(name: str) -> str:
    return ".".join(ident(part) for part in name.split("."))


@renders(ops.DropFunction)
def _drop_function(op: ops.DropFunction) -> list[str]:
    return [f"DROP {_drop_target(op.function)}"]


@renders(ops.ReleaseColumnDefault)
def _release_default(op: ops.ReleaseColumnDefault) -> list[str]:
    return [f"ALTER TABLE {qualified(op.schema, op.table_name)} ALTER COLUMN {ident(op.column)} DROP DEFAULT"]


@renders(ops.RestoreColumnDefault)
def _restore_default(op: ops.RestoreColumnDefault) -> list[str]:
    return [f"ALTER TABLE {qualified(op.schema, op.table_name)} ALTER COLUMN {ident(op.column)} "
            f"SET DEFAULT {op.default}"]


def body_check_settings(ops_: list) -> tuple[str, ...]:
    """`SET LOCAL check_function_bodies = off` for a transaction creating a SQL-language function
    with a string body: Postgres would check that body against tables the same transaction may
    create later. Every body was already checked at plan time, in the scratch database."""
    created = [op.function if isinstance(op, ops.CreateFunction) else op.new for op in ops_
               if isinstance(op, (ops.CreateFunction, ops.ReplaceFunction))
               and not isinstance(op, ops.AlterFunction)]  # an ALTER sends no body
    if any(fn.language == "sql" and not fn.sql_standard_body for fn in created):
        return ("SET LOCAL check_function_bodies = off",)
    return ()


# ROUTINE: a function or a procedure, by its argument types
COMMENT_TARGETS.register("function", lambda on: f"ROUTINE {qualified(on.schema, on.name)}({on.signature})")
