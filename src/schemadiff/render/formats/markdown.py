"""The plan as a pull-request comment."""

from __future__ import annotations

from ...plan import Plan
from ..registry import statements
from .grouping import grouped, lock_text


def markdown(plan: Plan, rollback: Plan, title: str) -> str:
    lines = [f"### {title}", "", f"**{plan.summary_line()}**", ""]
    if plan.empty:
        return "\n".join(lines + ["No changes.", ""])
    hazards = plan.hazards()
    if hazards:
        lines += ["| hazard | object | detail |", "| --- | --- | --- |"]
        lines += [f"| `{code}` | `{op.target.display()}` | {msg} |" for op, code, msg in hazards]
        lines.append("")
    for group in grouped(plan):
        lines.append(f"- `{group.symbol}` **{group.target.display()}**: " + "; ".join(_step(o) for o in group.ops))
    lines += ["", *[f"> {n}" for n in plan.notes], ""]
    if plan.preflight:  # the read-only checks on the target's rows (render/preflight.py)
        lines += ["**Preflight**", "", "| step | found |", "| --- | --- |"]
        lines += [f"| {f.step} | {'**' + f.line() + '**' if f.fails else f.line()} |" for f in plan.preflight]
        lines.append("")
    lines += ["<details><summary>migration.sql</summary>", "", "```sql"]
    lines += [f"{s};" for op in plan.ops for s in statements(op)]
    lines += ["```", "</details>", "", "<details><summary>rollback.sql</summary>", "", "```sql"]
    lines += [f"{s};" for op in rollback.ops for s in statements(op)]
    lines += ["```", "</details>", ""]
    return "\n".join(lines)


def _step(op) -> str:
    locks = lock_text(op)
    return f"{op.describe()} (locks: {locks})" if locks else op.describe()
