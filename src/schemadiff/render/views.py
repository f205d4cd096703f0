"""SQL for views and materialized views."""

from __future__ import annotations

from ..model import View
from ..plan import ops
from ..quoting import qualified
from .registry import renders
from .comments import COMMENT_TARGETS, by_qualified_name
from .tables import storage_parameter, storage_parameter_name


def _with(view: View) -> str:
    """` WITH (k=v, ...)`: the options as the catalog stores them (names and words, no quoting)."""
    return f" WITH ({', '.join(view.options)})" if view.options else ""


@renders(ops.CreateView)
def _create_view(op: ops.CreateView) -> list[str]:
    v = op.view
    if v.materialized:
        # WITH DATA (the default, said aloud): populated now, never empty until a REFRESH;
        # WITH NO DATA only when declared `populated: false`.
        data = "WITH DATA" if v.populated else "WITH NO DATA"
        return [f"CREATE MATERIALIZED VIEW {qualified(v.schema, v.name)}{_storage(v)} AS\n"
                f"{v.definition}\n{data}"]
    return [f"CREATE VIEW {qualified(v.schema, v.name)}{_with(v)} AS\n{v.definition}"]


def _storage(view: View) -> str:
    """A materialized view's storage parameters, written like a table's."""
    return f" WITH ({', '.join(storage_parameter(e) for e in view.options)})" if view.options else ""


@renders(ops.SetMatviewStorageParameters)
def _set_matview_storage(op: ops.SetMatviewStorageParameters) -> list[str]:
    target = f"ALTER MATERIALIZED VIEW {qualified(op.view.schema, op.view.name)}"
    out = []
    if op.set:
        out.append(f"{target} SET ({', '.join(storage_parameter(e) for e in op.set)})")
    if op.reset:
        out.append(f"{target} RESET ({', '.join(storage_parameter_name(k) for k in op.reset)})")
    return out


@renders(ops.RefreshMatview)
def _refresh_matview(op: ops.RefreshMatview) -> list[str]:
    data = "" if op.with_data else " WITH NO DATA"
    return [f"REFRESH MATERIALIZED VIEW {qualified(op.view.schema, op.view.name)}{data}"]


@renders(ops.ReplaceView)
def _replace_view(op: ops.ReplaceView) -> list[str]:
    # OR REPLACE also replaces the options: those not listed are reset.
    v = op.new
    return [f"CREATE OR REPLACE VIEW {qualified(v.schema, v.name)}{_with(v)} AS\n{v.definition}"]


@renders(ops.DropView)
def _drop_view(op: ops.DropView) -> list[str]:
    kind = "MATERIALIZED VIEW" if op.view.materialized else "VIEW"
    return [f"DROP {kind} {qualified(op.view.schema, op.view.name)}"]


COMMENT_TARGETS.register("view", by_qualified_name("VIEW"))
COMMENT_TARGETS.register("matview", by_qualified_name("MATERIALIZED VIEW"))
