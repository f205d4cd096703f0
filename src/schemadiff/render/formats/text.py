"""The terminal plan: grouped by object, coloured, hazards marked, a summary line."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ...plan import Plan
from ..registry import statements
from .grouping import grouped

_STYLE = {"create": "green", "drop": "red", "alter": "yellow"}


def print_plan(console: Console, plan: Plan, title: str, show_sql: bool = True) -> None:
    console.print(f"[bold]{escape(title)}[/bold]")
    if plan.empty:
        console.print("  No changes. The database matches the schema.")
        return
    for group in grouped(plan):
        style = _STYLE[group.action]
        console.print(f"  [{style}]{group.symbol} {escape(group.target.display())}[/{style}]")
        for op in group.ops:
            _print_op(console, op, show_sql)
    for note in plan.notes:
        console.print(f"  [magenta]note:[/magenta] {escape(note)}")
    console.print(f"[bold]Plan:[/bold] {plan.summary_line()}.")


def _print_op(console: Console, op, show_sql: bool) -> None:
    console.print(f"      {escape(op.describe())}")
    for code, msg in op.hazards():
        console.print(f"      [bold red]! {code}[/bold red]: {escape(msg)}")
    if show_sql:
        for stmt in statements(op):
            console.print(f"[dim]        {escape(stmt)};[/dim]", highlight=False)
