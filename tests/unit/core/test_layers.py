"""Layer rules (STYLE.md): model, diff and plan do no I/O; only cli imports typer/rich; only
introspect, canonical, apply, db (and the pipeline that wires them) open connections."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src" / "schemadiff"
PURE = ("model", "diff", "plan")
IO_MODULES = {"psycopg", "jinja2", "typer", "rich", "click", "socket", "subprocess"}
CONNECTING = {"introspect", "canonical", "apply", "db"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _files(layer: str):
    return sorted((SRC / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", PURE)
def test_pure_layers_do_no_io(layer):
    offenders = {str(p.relative_to(SRC)): _imports(p) & IO_MODULES for p in _files(layer)}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_cli_imports_typer_or_rich():
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.relative_to(SRC).parts[0] != "cli" and _imports(p) & {"typer", "rich", "click"}]
    assert offenders == []


def test_only_connecting_layers_import_psycopg():
    allowed = CONNECTING | {"pipeline.py"}
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.relative_to(SRC).parts[0] not in allowed and "psycopg" in _imports(p)]
    assert offenders == []


def test_every_operation_has_exactly_one_renderer():
    from schemadiff.plan import ops
    from schemadiff.render import registered

    op_classes = {getattr(ops, n) for n in ops.__all__ if isinstance(getattr(ops, n), type)
                  and issubclass(getattr(ops, n), ops.Op) and getattr(ops, n) is not ops.Op}
    assert op_classes - registered() == set()
