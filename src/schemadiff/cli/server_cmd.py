"""schemadiff server status|start|stop|logs: the project's embedded PostgreSQL.

What each prints on stdout is its result and stays with --quiet; --quiet drops the progress
display and stderr's notes, --verbose adds a line per stage with its duration (cli/progress.py)."""

from __future__ import annotations

from pathlib import Path

import typer

from . import console, options, progress

app = typer.Typer(no_args_is_help=True, help="The project's embedded PostgreSQL (under ./.schemadiff/).")


@app.command("status")
def status(quiet: bool = options.QuietOpt, verbose: bool = options.VerboseOpt) -> None:
    """Whether the embedded server runs, where, and when it stops by itself."""
    from ..db.embedded_status import embedded_status

    with progress.reporter(quiet, verbose).stage("read the embedded server's state"):
        found = embedded_status(Path.cwd())
    console.print_lines(console.out(), found.lines())


@app.command("start")
def start(quiet: bool = options.QuietOpt, verbose: bool = options.VerboseOpt) -> None:
    """Start the embedded server (plan and apply start it on demand too)."""
    from ..db.embedded import embedded_url

    with progress.reporter(quiet, verbose).stage("start the embedded server"):
        url = embedded_url(Path.cwd())
    console.out().print(f"embedded PostgreSQL running: {url}")


@app.command("stop")
def stop(quiet: bool = options.QuietOpt, verbose: bool = options.VerboseOpt) -> None:
    """Stop the embedded server; its data stays in ./.schemadiff/ for the next start."""
    from ..db.embedded import stop_embedded

    with progress.reporter(quiet, verbose).stage("stop the embedded server"):
        stopped = stop_embedded(Path.cwd())
    console.out().print("embedded PostgreSQL stopped" if stopped else "embedded PostgreSQL was not running")


@app.command("logs")
def logs(lines: int = typer.Option(50, "--lines", "-n", help="How many of the last lines."),
         quiet: bool = options.QuietOpt, verbose: bool = options.VerboseOpt) -> None:
    """The end of the embedded server's log."""
    from ..db.embedded_status import log_tail

    with progress.reporter(quiet, verbose).stage("read the embedded server's log"):
        tail = log_tail(Path.cwd(), lines)
    if not tail and not quiet:
        console.err().print("no log yet: the embedded server has not run in this directory")
    for line in tail:
        typer.echo(line)  # verbatim: a log line is not rich markup
