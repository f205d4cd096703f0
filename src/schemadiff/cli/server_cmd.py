"""schemadiff server status|start|stop|logs: the project's embedded PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import typer

from . import console

app = typer.Typer(no_args_is_help=True, help="The project's embedded PostgreSQL (under ./.schemadiff/).")


@app.command("status")
def status() -> None:
    """Whether the embedded server runs, where, and when it stops by itself."""
    from ..db.embedded_status import embedded_status

    console.print_lines(console.out(), embedded_status(Path.cwd()).lines())


@app.command("start")
def start() -> None:
    """Start the embedded server (plan and apply start it on demand too)."""
    from ..db.embedded import embedded_url

    console.out().print(f"embedded PostgreSQL running: {embedded_url(Path.cwd())}")


@app.command("stop")
def stop() -> None:
    """Stop the embedded server; its data stays in ./.schemadiff/ for the next start."""
    from ..db.embedded import stop_embedded

    stopped = stop_embedded(Path.cwd())
    console.out().print("embedded PostgreSQL stopped" if stopped else "embedded PostgreSQL was not running")


@app.command("logs")
def logs(lines: int = typer.Option(50, "--lines", "-n", help="How many of the last lines.")) -> None:
    """The end of the embedded server's log."""
    from ..db.embedded_status import log_tail

    tail = log_tail(Path.cwd(), lines)
    if not tail:
        console.err().print("no log yet: the embedded server has not run in this directory")
    for line in tail:
        typer.echo(line)  # verbatim: a log line is not rich markup
