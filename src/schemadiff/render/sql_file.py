"""migration.sql / rollback.sql: runnable with psql, framed by a header with the summary and hazards.

The framing is a template (templates/files/plan.sql.j2) so a team can lay its files out its own
way; the statements inside come from the renderer only."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from ..plan import Plan
from .batches import batches

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FRAME = "files/plan.sql.j2"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    # No autoescape: the output is SQL, and every piece inside was quoted by the renderer already.
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)


def sql_text(plan: Plan, title: str, settings: tuple[str, ...] = ()) -> str:
    """The plan as one SQL file; transactions explicit, lone steps outside them."""
    hazards = [{"code": str(code), "object": op.target.display(), "message": msg} for op, code, msg in plan.hazards()]
    steps = [{"transactional": b.transactional, "statements": list(b.statements)} for b in batches(plan)]
    return _environment().get_template(FRAME).render(
        title=title, summary=plan.summary_line(), hazards=hazards, notes=list(plan.notes),
        settings=list(settings), batches=steps if not plan.empty else [],
    )
