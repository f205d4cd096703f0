"""Where output goes: stdout for results, stderr for progress and errors. Only cli imports rich."""

from __future__ import annotations

import os
import sys

from rich.console import Console
from rich.markup import escape


def _colour() -> bool | None:
    if os.environ.get("NO_COLOR"):
        return False
    return None  # rich decides from the terminal


def out() -> Console:
    return Console(file=sys.stdout, no_color=_colour() is False, highlight=False, soft_wrap=True)


def err() -> Console:
    return Console(file=sys.stderr, no_color=_colour() is False, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """One clear error, no traceback. The message is printed as it is: `[x]` in it is no rich
    markup, and `schema.yaml:100:` no emoji code."""
    err().print(f"[bold red]error:[/bold red] {escape(message)}", markup=True, highlight=False,
                emoji=False)


def print_lines(console: Console, lines: list[str]) -> None:
    for line in lines:
        console.print(line, highlight=False)
