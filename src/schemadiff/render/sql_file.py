"""migration.sql / rollback.sql: runnable with psql, framed by a header with the summary and hazards."""

from __future__ import annotations

from ..plan import Plan
from .batches import batches


def sql_text(plan: Plan, title: str, settings: tuple[str, ...] = ()) -> str:
    """The plan as one SQL file; transactions explicit, lone steps outside them."""
    lines = [f"-- schemadiff {title}", f"-- {plan.summary_line()}"]
    lines += [f"-- hazard [{code}] {msg}" for _, code, msg in plan.hazards()]
    lines += [f"-- note: {n}" for n in plan.notes]
    if plan.empty:
        return "\n".join(lines + ["-- nothing to do", ""])
    lines += ["", *[f"{s};" for s in settings]]
    for batch in batches(plan):
        lines.append("")
        if batch.transactional:
            lines.append("BEGIN;")
        lines += [f"{s};" for s in batch.statements]
        if batch.transactional:
            lines.append("COMMIT;")
    return "\n".join(lines) + "\n"
