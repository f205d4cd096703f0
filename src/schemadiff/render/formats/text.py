"""The terminal plan: grouped by object, coloured, hazards marked, a summary line.

Lines carry rich-style markup tags; the CLI prints them (only cli imports rich)."""

from __future__ import annotations

import re

from ...plan import Plan
from ..registry import statements
from .grouping import grouped, lock_text

_STYLE = {"create": "green", "drop": "red", "alter": "yellow"}


def escape(text: str) -> str:
    """Make text safe inside markup: a `[` that starts a tag is escaped (rich's own rule)."""
    return re.sub(r"(\\*)(\[[a-z#/@][^[]*?])", lambda m: m.group(1) * 2 + "\\" + m.group(2), text)


def plan_lines(plan: Plan, title: str, show_sql: bool = True) -> list[str]:
    lines = [f"[bold]{escape(title)}[/bold]"]
    if plan.empty:
        notes = [f"  [magenta]note:[/magenta] {escape(n)}" for n in plan.notes]
        return lines + ["  No changes. The database matches the schema."] + notes
    for group in grouped(plan):
        style = _STYLE[group.action]
        lines.append(f"  [{style}]{group.symbol} {escape(group.target.display())}[/{style}]")
        if plan.users_of(group.target):  # bodies that use the table (plan/body_uses.py)
            lines.append(f"      [cyan]used by:[/cyan] {escape(', '.join(plan.users_of(group.target)))}")
        for op in group.ops:
            lines += _op_lines(op, show_sql)
    lines += [f"  [magenta]note:[/magenta] {escape(n)}" for n in plan.notes]
    lines += _preflight_lines(plan)
    return lines + [f"[bold]Plan:[/bold] {plan.summary_line()}."]


def _preflight_lines(plan: Plan) -> list[str]:
    """What the read-only checks on the target's rows found (render/preflight.py)."""
    if not plan.preflight:
        return []
    style = lambda f: "bold red" if f.fails else "yellow" if f.unchecked or f.kind == "loses" else "green"  # noqa: E731
    return ["  [bold]Preflight (read-only, on the target's rows):[/bold]"] + [
        f"    [{style(f)}]{escape(f.line())}[/{style(f)}]  [dim]{escape(f.step)}[/dim]" for f in plan.preflight]


def _op_lines(op, show_sql: bool) -> list[str]:
    out = [f"      {escape(op.describe())}"]
    if op.locks():
        out.append(f"        [cyan]locks:[/cyan] {escape(lock_text(op))}")
    out += [f"      [bold red]! {code}[/bold red]: {escape(msg)}" for code, msg in op.hazards()]
    if show_sql:
        out += [f"[dim]        {escape(stmt)};[/dim]" for stmt in statements(op)]
    return out
