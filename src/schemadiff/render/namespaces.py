"""SQL for schemas and extensions."""

from __future__ import annotations

from ..plan import ops
from ..quoting import ident
from .registry import renders
from .comments import COMMENT_TARGETS, by_name


@renders(ops.CreateSchema)
def _create_schema(op: ops.CreateSchema) -> list[str]:
    return [f"CREATE SCHEMA {ident(op.schema.name)}"]


@renders(ops.DropSchema)
def _drop_schema(op: ops.DropSchema) -> list[str]:
    return [f"DROP SCHEMA {ident(op.schema.name)}"]


@renders(ops.CreateExtension)
def _create_extension(op: ops.CreateExtension) -> list[str]:
    # IF NOT EXISTS: an extension is database-wide and may predate the schema it is listed in.
    return [f"CREATE EXTENSION IF NOT EXISTS {ident(op.extension.name)} SCHEMA {ident(op.extension.schema)}"]


@renders(ops.DropExtension)
def _drop_extension(op: ops.DropExtension) -> list[str]:
    return [f"DROP EXTENSION {ident(op.extension.name)}"]


@renders(ops.SetExtensionSchema)
def _set_extension_schema(op: ops.SetExtensionSchema) -> list[str]:
    return [f"ALTER EXTENSION {ident(op.extension.name)} SET SCHEMA {ident(op.extension.schema)}"]


COMMENT_TARGETS.register("schema", by_name("SCHEMA"))
COMMENT_TARGETS.register("extension", by_name("EXTENSION"))
