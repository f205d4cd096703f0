"""Key paths into schema.yaml, as error messages show them."""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_PLAIN = re.compile(r"^[^\s.\"'\[\]]+$")


def display_path(path: Path) -> str:
    """`schemas.public.tables.orders.columns.total`; odd names quoted, list items as `[2]`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        text = part if _PLAIN.match(part) else '"' + part.replace('"', '\\"') + '"'
        out += f".{text}" if out else text
    return out


class RuleError(ValueError):
    """A rule broken inside a document, located by a path relative to the validated block.

    Raised from pydantic validators; diagnostics appends `path` to pydantic's location so the
    message points at the exact key (pydantic keeps the exception in the error's ctx).
    """

    def __init__(self, message: str, path: Path = (), hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.hint = hint


def spec_error(doc, path: Path, exc: RuleError):
    """A RuleError found after loading (a rendered template, a built body) as a SpecError."""
    from ..errors import SpecError

    full = path + exc.path
    return SpecError(exc.message, doc.file, doc.line_of(full), display_path(full), exc.hint)
