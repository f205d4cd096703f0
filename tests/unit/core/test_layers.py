"""Layer rules (STYLE.md), checked on every import of every module, relative ones included.

The layers in data-flow order; a module may import its own layer and any layer of a lower rank,
never a sibling of the same rank (spec, diff, introspect and db know nothing of one another) and
never upwards. model, diff and plan do no I/O; only cli imports typer/rich; only db, introspect,
canonical and apply open connections (psycopg).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src" / "schemadiff"

# rank -> top-level parts of the package (a subpackage or a module of the package root)
LAYERS = (
    ("__init__", "errors", "quoting", "sqltree", "reporting"),  # the package root: version, errors, SQL text, progress hook
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
