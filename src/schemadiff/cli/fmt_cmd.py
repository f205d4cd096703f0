"""schemadiff fmt: rewrite schema.yaml in canonical order and style, comments kept."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import EXIT_CHANGES, EXIT_OK, SpecError
from . import console, options


def fmt(
    schema: Path = options.SchemaOpt,
    check: bool = typer.Option(False, "--check", help="Change nothing; exit 2 when the file is not formatted."),
) -> None:
    """Rewrite schema.yaml in canonical key order and style, keeping comments (idempotent)."""
    from ..spec.fmt import format_text

    try:
        text = schema.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read the file: {exc}", str(schema)) from None
    formatted = format_text(text, str(schema))
    if formatted == text:
        console.err().print(f"{schema}: already formatted")
        raise typer.Exit(EXIT_OK)
    if check:
        console.err().print(f"{schema}: would be reformatted (run schemadiff fmt)")
        raise typer.Exit(EXIT_CHANGES)
    tmp = schema.with_name(f".{schema.name}.tmp")
    tmp.write_text(formatted, encoding="utf-8")
    tmp.chmod(schema.stat().st_mode & 0o7777)
    tmp.replace(schema)  # never a half-written schema.yaml
    console.err().print(f"{schema}: formatted")
