"""Schemas and extensions: create, drop, alter in place."""

from __future__ import annotations

from ...model import Extension, Schema
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy, comment_change, with_comment


def _create_schema(schema: Schema, ctx: Context) -> list[ops.Op]:
    # `public` exists in every database: only its comment can be ours to set
    return with_comment(schema) if schema.name == "public" else with_comment(schema, ops.CreateSchema(schema))


def _drop_schema(schema: Schema, ctx: Context) -> list[ops.Op]:
    return [ops.DropSchema(schema)] if schema.name != "public" else []


def _alter_extension(old: Extension, new: Extension, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    moved = [ops.SetExtensionSchema(new)] if "schema" in fields else []
    return moved + comment_change(new, fields)


STRATEGIES.register("schema", Strategy(
    create=_create_schema, drop=_drop_schema, alter=lambda old, new, fields, ctx: comment_change(new, fields)))
STRATEGIES.register("extension", Strategy(
    create=lambda ext, ctx: [ops.CreateExtension(ext)], drop=lambda ext, ctx: [ops.DropExtension(ext)],
    alter=_alter_extension))
