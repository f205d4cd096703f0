"""The command line. `main(argv) -> exit code` is what tests call; errors are one line, exit 1."""

from __future__ import annotations

import os
import sys

import typer

from ..errors import EXIT_ERROR, SchemaDiffError
from . import apply_cmd, other_cmds, plan_cmd, status_cmd
from .console import error_line

app = typer.Typer(
    add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
    help="Declarative schema-as-code for PostgreSQL: schema.yaml in, proven migrations out.",
)
app.command("plan")(plan_cmd.plan)
app.command("apply")(apply_cmd.apply)
app.command("dump")(other_cmds.dump)
app.command("rollback")(other_cmds.rollback)
app.command("validate")(other_cmds.validate)
app.command("status")(status_cmd.status)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code instead of raising (0 ok, 1 error, 2 changes)."""
    try:
        result = app(args=argv if argv is not None else sys.argv[1:], standalone_mode=False)
        return result if isinstance(result, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        error_line("aborted")
        return EXIT_ERROR
    except typer.TyperException as exc:  # usage errors: unknown option, missing value
        error_line(exc.format_message())
        return EXIT_ERROR
    except SchemaDiffError as exc:
        error_line(exc.render())
        return EXIT_ERROR
    except KeyboardInterrupt:
        error_line("interrupted; a migration in progress was rolled back by PostgreSQL")
        return EXIT_ERROR
    except Exception as exc:  # a schemadiff bug: say so plainly; the traceback is opt-in
        if os.environ.get("SCHEMADIFF_DEBUG"):
            raise
        error_line(f"internal error ({type(exc).__name__}: {exc}); this is a schemadiff bug. "
                   "Re-run with SCHEMADIFF_DEBUG=1 for the traceback and report it.")
        return EXIT_ERROR


def entry() -> None:
    sys.exit(main())
