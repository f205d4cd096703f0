"""The tool's own static SQL: `<layer>/queries/<name>.sql`, shipped as package data.

One loader for every layer that runs statements (db, introspect, canonical, apply) so SQL text
lives only in those files and in render/ (STYLE.md, issue 7). It sits in the package root, the
lowest layer, because db/ is below render/ and still needs its statements. Placeholders in the
files are psycopg's (%s, with %% for a literal percent sign): values never go into the text.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def query_text(package: str, name: str) -> str:
    """The text of `<package>/queries/<name>.sql`; `package` is the caller's `__package__`."""
    return files(package).joinpath("queries", f"{name}.sql").read_text(encoding="utf-8")
