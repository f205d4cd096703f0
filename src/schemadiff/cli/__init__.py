"""The command line. `main(argv) -> exit code` is what tests call; errors are one line, exit 1."""

from __future__ import annotations

import os
import sys

import typer

from ..db.redact import redact_secrets
from ..errors import EXIT_ERROR, SchemaDiffError
from .. import __version__
from . import apply_cmd, diff_cmd, dump_cmd, fmt_cmd, json_schema_cmd, plan_cmd, rollback_cmd, server_cmd
from . import status_cmd, validate_cmd
from .console import error_line

app = typer.Typer(
    add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
    help="Declarative schema-as-code for PostgreSQL: schema.yaml in, proven migrations out.",
)
app.command("plan")(plan_cmd.plan)
app.command("apply")(apply_cmd.apply)
app.command("dump")(dump_cmd.dump)
app.command("rollback")(rollback_cmd.rollback)
app.command("validate")(validate_cmd.validate)
app.command("status")(status_cmd.status)
app.command("diff")(diff_cmd.diff)
app.command("fmt")(fmt_cmd.fmt)
app.command("json-schema")(json_schema_cmd.json_schema)
app.add_typer(server_cmd.app, name="server")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"schemadiff {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                        help="Print the version and exit.")) -> None:
    """Declarative schema-as-code for PostgreSQL: schema.yaml in, proven migrations out."""


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code instead of raising (0 ok, 1 error, 2 changes)."""
    argv = list(argv if argv is not None else sys.argv[1:])
    try:
        return _run(argv)
    except Exception as exc:  # SCHEMADIFF_DEBUG re-raised it: its traceback must be clean too
        exc.args = tuple(redact_secrets(str(a), *_urls(argv)) for a in exc.args)
        raise


def _urls(argv: list[str]) -> list[str]:
    """Every value that may be a connection string: each argument (`--database=URL` too, and one
    given without its option) and DATABASE_URL; their passwords are masked in every error."""
    values = [arg.split("=", 1)[1] if arg.startswith("-") and "=" in arg else arg for arg in argv]
    return [*values, os.environ.get("DATABASE_URL", "")]


def _error(message: str, argv: list[str]) -> None:
    error_line(redact_secrets(message, *_urls(argv)))


def _run(argv: list[str]) -> int:
    try:
        result = app(args=argv, standalone_mode=False)
        return result if isinstance(result, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        _error("aborted", argv)
        return EXIT_ERROR
    except typer.TyperException as exc:  # usage errors: unknown option, missing value
        _error(exc.format_message(), argv)
        return EXIT_ERROR
    except SchemaDiffError as exc:
        _error(exc.render(), argv)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted; a migration in progress was rolled back by PostgreSQL", argv)
        return EXIT_ERROR
    except Exception as exc:  # a schemadiff bug: say so plainly; the traceback is opt-in
        if os.environ.get("SCHEMADIFF_DEBUG"):
            raise
        _error(f"internal error ({type(exc).__name__}: {exc}); this is a schemadiff bug. "
               "Re-run with SCHEMADIFF_DEBUG=1 for the traceback and report it.", argv)
        return EXIT_ERROR


def entry() -> None:
    sys.exit(main())
