"""Schemas and extensions (the namespaces family) from their catalog rows."""

from __future__ import annotations

from ..model import Extension, Schema
from .catalog import READERS, Reader, Row


def schemas(rows: list[Row]) -> list[Schema]:
    return [Schema(name=r["name"], comment=r["comment"]) for r in rows]


def extensions(rows: list[Row]) -> list[Extension]:
    return [Extension(name=r["name"], schema=r["schema"], version=r["version"]) for r in rows]


READERS.register("schema", Reader("schemas", schemas))
READERS.register("extension", Reader("extensions", extensions))
