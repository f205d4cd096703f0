"""schemadiff fmt: rewrite schema.yaml in canonical order and style, comments kept."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import EXIT_CHANGES, EXIT_OK, SpecError
from . import console, options, progress


def fmt(
    schema: Path = options.SchemaOpt,
    check: bool = typer.Option(False, "--check", help="Change nothing; exit 2 when the file is not formatted."),
    quiet: bool = options.QuietOpt,
    verbose: bool = options.VerboseOpt,
) -> None:
    """Rewrite schema.yaml in canonical key order and style, keeping comments (idempotent).
    --quiet: no line on stderr; the exit code says what happened (with --check: 2 when not formatted)."""
    from ..spec.fmt import format_text

    shown = progress.reporter(quiet, verbose)
    say = (lambda _: None) if quiet else console.err().print
    with shown.stage(f"read {schema.name}"):
        try:
            text = schema.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(f"cannot read the file: {exc}", str(schema)) from None
    with shown.stage(f"format {schema.name}"):
        formatted = format_text(text, str(schema))
    if formatted == text:
        say(f"{schema}: already formatted")
        raise typer.Exit(EXIT_OK)
    if check:
        say(f"{schema}: would be reformatted (run schemadiff fmt)")
        raise typer.Exit(EXIT_CHANGES)
    with shown.stage(f"write {schema.name}"):
        tmp = schema.with_name(f".{schema.name}.tmp")
        tmp.write_text(formatted, encoding="utf-8")
        tmp.chmod(schema.stat().st_mode & 0o7777)
        tmp.replace(schema)  # never a half-written schema.yaml
    say(f"{schema}: formatted")
