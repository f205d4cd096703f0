"""Layer rules (STYLE.md), checked on every import of every module, relative ones included.

The layers in data-flow order; a module may import its own layer and any layer of a lower rank,
never a sibling of the same rank (spec, diff, introspect and db know nothing of one another) and
never upwards. model, diff and plan do no I/O; only cli imports typer/rich; only db, introspect,
canonical and apply open connections (psycopg).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src" / "schemadiff"

# rank -> top-level parts of the package (a subpackage or a module of the package root)
LAYERS = (
    ("__init__", "errors", "quoting", "sqltree", "reporting", "sqlfiles"),  # the package root: version, errors, SQL text, progress hook, the queries/*.sql loader
    ("model",),
    ("spec", "diff", "introspect", "db"),
    ("plan",),
    ("render",),
    ("canonical",),
    ("apply",),
    ("pipeline",),
    ("cli",),
    ("__main__",),  # python -m schemadiff
)
RANK = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}
PURE = ("model", "diff", "plan")
IO_MODULES = {"psycopg", "jinja2", "typer", "rich", "click", "socket", "subprocess"}
CONNECTING = {"db", "introspect", "canonical", "apply"}


def _module_parts(path: Path) -> tuple[list[str], list[str]]:
    """(dotted name parts, package parts) of a source file below SRC."""
    rel = list(path.relative_to(SRC).with_suffix("").parts)
    if rel[-1] == "__init__":
        return ["schemadiff", *rel[:-1]], ["schemadiff", *rel[:-1]]
    return ["schemadiff", *rel], ["schemadiff", *rel[:-1]]


def imported_modules(path: Path, text: str | None = None) -> set[tuple[str, ...]]:
    """Every module `path` (or `text` standing at `path`) imports, resolved to absolute dotted
    parts, relative imports too."""
    _, package = _module_parts(path)
    found: set[tuple[str, ...]] = set()
    for node in ast.walk(ast.parse(path.read_text() if text is None else text)):
        if isinstance(node, ast.Import):
            found |= {tuple(alias.name.split(".")) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = base + (node.module.split(".") if node.module else [])
            found.add(tuple(module))
            # `from . import x` may name a submodule: count it as importing that module
            found |= {tuple(module + [alias.name]) for alias in node.names if not node.module}
    return found


def _top(parts: tuple[str, ...]) -> str | None:
    """The layer part of a schemadiff module (None for third-party modules)."""
    if parts[0] != "schemadiff":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _source_files() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _layer_of(path: Path) -> str:
    return path.relative_to(SRC).with_suffix("").parts[0]


def test_every_top_level_part_has_a_layer():
    parts = {_layer_of(p) for p in _source_files()}
    assert parts - RANK.keys() == set(), "give the new package a rank in LAYERS"


def test_imports_only_run_down_the_layers():
    offenders = []
    for path in _source_files():
        own = _layer_of(path)
        for target in imported_modules(path):
            other = _top(target)
            if other is None or other == own or other not in RANK:
                continue
            if RANK[other] >= RANK[own]:
                offenders.append(f"{path.relative_to(SRC)} imports {'.'.join(target)}")
    assert offenders == []


def test_the_resolver_sees_relative_imports():
    """The check above must not be blind to `from ..db import connect` (the old test was)."""
    probe = "from ..db import connect\nfrom .. import pipeline\nfrom .ops import base\n"
    nested = imported_modules(SRC / "plan" / "strategies" / "probe.py", probe)
    assert ("schemadiff", "plan", "db") in nested  # `..` from plan/strategies/ is plan/
    targets = imported_modules(SRC / "plan" / "probe.py", probe)
    assert {("schemadiff", "db"), ("schemadiff", "pipeline"), ("schemadiff", "plan", "ops")} <= targets


def _third_party(path: Path) -> set[str]:
    return {m[0] for m in imported_modules(path) if m[0] != "schemadiff"}


@pytest.mark.parametrize("layer", PURE)
def test_pure_layers_do_no_io(layer):
    offenders = {str(p.relative_to(SRC)): _third_party(p) & IO_MODULES
                 for p in _source_files() if _layer_of(p) == layer}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_cli_imports_typer_or_rich():
    offenders = [str(p.relative_to(SRC)) for p in _source_files()
                 if _layer_of(p) != "cli" and _third_party(p) & {"typer", "rich", "click"}]
    assert offenders == []


def test_only_connecting_layers_import_psycopg():
    offenders = [str(p.relative_to(SRC)) for p in _source_files()
                 if _layer_of(p) not in CONNECTING and "psycopg" in _third_party(p)]
    assert offenders == []


def test_every_operation_has_exactly_one_renderer():
    from schemadiff.plan import ops
    from schemadiff.render import registered

    op_classes = {getattr(ops, n) for n in ops.__all__ if isinstance(getattr(ops, n), type)
                  and issubclass(getattr(ops, n), ops.Op) and getattr(ops, n) is not ops.Op}
    assert op_classes - registered() == set()


# --- where SQL text is written ---------------------------------------------------------------
# SQL for the database is written by render/ (the migration, and every statement the tool composes
# for its own connections: render/history.py, sessions.py, leftovers.py, ...) and by
# <layer>/queries/*.sql (the static statements db/, introspect/, canonical/ and apply/ run, loaded
# through sqlfiles.query_text). A string literal that starts like a SQL statement anywhere else is
# refused, unless its file is below, with the reason it stays there. Docstrings are not SQL.
# psycopg's side of the same rule is test_only_connecting_layers_import_psycopg above (pipeline
# and cli import none: they reach the database through db/, introspect/ and apply/).
_SQL_START = re.compile(
    r"^\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|ALTER|DROP|SET|SHOW|LOCK|BEGIN|COMMIT|"
    r"ROLLBACK|COMMENT ON|GRANT|REVOKE|WITH|TRUNCATE|VACUUM|ANALYZE|EXPLAIN|DO|RESET|SAVEPOINT|"
    r"RELEASE|LISTEN|NOTIFY|PREPARE|DEALLOCATE)\s+\S")  # a keyword alone ("UPDATE", "WITH") is vocabulary

_SQL_ALLOWED = {
    # Statements wrapped around a user's fragment only to hand it to pglast's parser; never run.
    "plan/body_references.py": "wraps a function body to parse it",
    "spec/build_routines.py": "wraps a function body to parse it",
    "spec/sql_checks.py": "wraps expressions and fragments to parse-check them",
    "spec/readable.py": "wraps catalog expressions and types in SELECT to parse them for the dump",
    "spec/triggers.py": "wraps a trigger's events to parse them",
    "sqltree.py": "wraps a constraint definition or an index key to parse it",
    # schema.yaml's own SQL text, written by dump: an exclusion's `definition:` is EXCLUDE text.
    "spec/dump_tables.py": "writes an exclusion's `definition:` (its WITH (...) storage parameters) from the model's fields",
    # Not SQL: hazard and error messages that name a SQL command.
    "plan/ops/domains.py": "hazard text: 'SET NOT NULL on domain ... scans every column'",
    "plan/ops/tables.py": "hazard text: 'SET NOT NULL on ... scans the table'",
    "spec/data_steps.py": "the names of the statements a data step may run, and error text ('use SET LOCAL')",
}


def _sql_literals(path: Path) -> list[str]:
    """String literals of `path` that start like a SQL statement (f-strings by their first part)."""
    tree = ast.parse(path.read_text())
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    out, inner = [], set()
    for n in ast.walk(tree):  # a JoinedStr comes before its parts, which are then skipped
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs | inner:
            out.append(n.value)
        elif isinstance(n, ast.JoinedStr):  # each {placeholder} read as a word
            out.append("".join(str(v.value) if isinstance(v, ast.Constant) else "x" for v in n.values))
            inner |= {id(v) for v in n.values}
    return [s for s in out if _SQL_START.match(s)]


def _files_with_sql() -> set[str]:
    return {str(p.relative_to(SRC)) for p in _source_files()
            if _layer_of(p) != "render" and _sql_literals(p)}


def test_sql_text_is_written_only_in_render_or_allowed():
    assert sorted(_files_with_sql() - _SQL_ALLOWED.keys()) == []


def test_the_sql_allow_list_has_no_stale_entries():
    """An entry whose file no longer holds SQL is removed, so the list only shrinks honestly."""
    assert sorted(_SQL_ALLOWED.keys() - _files_with_sql()) == []


def test_the_sql_detector_sees_sql(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('"""SELECT in a docstring is prose."""\nX = f"DROP TABLE {name}"\n'
                     'Y = "UPDATE"\nZ = "SET lock_timeout = 0"\n')
    assert _sql_literals(probe) == ["DROP TABLE x", "SET lock_timeout = 0"]


def _loaded_query_names() -> set[tuple[str, str]]:
    """(layer, name) of every query_text(__package__, "name") / query_text("name") call with a
    literal name: the static statements of queries/*.sql each layer runs."""
    found = set()
    for path in _source_files():
        for n in ast.walk(ast.parse(path.read_text())):
            if (isinstance(n, ast.Call) and getattr(n.func, "id", getattr(n.func, "attr", None)) == "query_text"
                    and n.args and isinstance(n.args[-1], ast.Constant)):
                found.add((_layer_of(path), n.args[-1].value))
    return found


def test_every_loaded_query_file_exists():
    names = _loaded_query_names()
    assert {layer for layer, _ in names} >= {"db", "introspect", "apply", "canonical"}  # the scan finds the calls
    assert sorted(f"{layer}/queries/{name}.sql" for layer, name in names
                  if not (SRC / layer / "queries" / f"{name}.sql").is_file()) == []


def test_query_files_ship_in_the_package():
    """pyproject's package-data must cover every queries/ directory (else an install lacks them)."""
    import tomllib
    from fnmatch import fnmatch

    globs = tomllib.loads((SRC.parents[1] / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["schemadiff"]
    unshipped = [str(p.relative_to(SRC)) for p in SRC.rglob("queries/*.sql")
                 if not any(fnmatch(str(p.relative_to(SRC)), g) for g in globs)]
    assert unshipped == []


def test_the_embedded_database_statement_names_the_embedded_database():
    """db/queries/create_embedded_database.sql is static (db/ cannot render): it must create the
    database embedded.py then connects to."""
    from schemadiff.db.embedded import DATABASE
    from schemadiff.quoting import ident
    from schemadiff.sqlfiles import query_text

    statement = [line for line in query_text("schemadiff.db", "create_embedded_database").splitlines()
                 if line and not line.startswith("--")]
    assert statement == [f"CREATE DATABASE {ident(DATABASE)}"]


def test_the_scratch_leftover_queries_name_the_scratch_prefix():
    """canonical/queries/scratch_*.sql are static: their LIKE pattern must be leftovers.PREFIX
    (its `_` escaped), or a killed run's scratch databases and roles would never be found."""
    from schemadiff.canonical.leftovers import PREFIX
    from schemadiff.sqlfiles import query_text

    pattern = "LIKE '" + PREFIX.replace("_", "\\_") + "%%'"
    for name in ("scratch_leftovers", "scratch_orphan_roles"):
        assert pattern in query_text("schemadiff.canonical", name), name
