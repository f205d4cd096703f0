"""Errors a user can act on, and the exit codes the CLI contract promises."""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_CHANGES = 2


class SchemaDiffError(Exception):
    """Base of every error that is reported as one clear line, never a traceback."""

    hint: str = ""

    def render(self) -> str:
        text = str(self)
        return f"{text}\n  hint: {self.hint}" if self.hint else text


@dataclass
class SpecError(SchemaDiffError):
    """A mistake in schema.yaml, located by file, line and key path."""

    message: str
    file: str = "schema.yaml"
    line: int | None = None
    key: str = ""
    hint: str = ""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        at = f" at {self.key}" if self.key else ""
        return f"{where}{at}: {self.message}"


class DatabaseError(SchemaDiffError):
    """The database refused something; names the object concerned."""

    def __init__(self, message: str, obj: str = "", hint: str = "") -> None:
        super().__init__(f"{obj}: {message}" if obj else message)
        self.obj = obj
        self.hint = hint
        self.sqlstate: str | None = None  # PostgreSQL's error code, when it came from the server


class ConnectionFailed(SchemaDiffError):
    """The server could not be reached; the message never contains a password."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class PlanProofError(SchemaDiffError):
    """A plan did not reach its own target in the scratch database: a schemadiff bug."""


class UnsafePlanError(SchemaDiffError):
    """The plan needs a flag the user did not give (for example --allow-destructive)."""


class DriftError(SchemaDiffError):
    """The database changed between plan and apply."""


class UnsupportedChange(SchemaDiffError):
    """A change Postgres cannot make in place and schemadiff will not guess at."""


class UnsupportedFeature(DatabaseError):
    """The database uses features schemadiff cannot represent; it refuses rather than approximate."""

    def __init__(self, found: list[tuple[str, str]], shown: int = 20) -> None:
        lines = [f"  {obj}: {feature}" for obj, feature in found[:shown]]
        if len(found) > shown:
            lines.append(f"  and {len(found) - shown} more")
        super().__init__(
            "the database uses features schemadiff cannot manage yet, and it will not "
            "approximate them:\n" + "\n".join(lines),
            # there is no way yet to leave a schema out of what schemadiff reads
            hint="remove these features (or objects) from the database, or wait for schemadiff "
                 "to support them; schemadiff cannot yet be told to leave a schema alone",
        )
        self.found = found
