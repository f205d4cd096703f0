"""Typed identity: every map key, graph vertex and JSON path is an ObjectId, never a string."""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True, order=True, slots=True)
class ObjectId:
    """Who an object is: kind, schema, name, and the table it hangs off for constraints."""

    kind: str
    schema: str
    name: str
    parent: str = ""  # owning table for constraints, triggers, policies (names unique per table)
    signature: str = ""  # argument types of a function: `uuid, character varying` (overloads differ)

    def display(self) -> str:
        """Human-readable, unquoted: `table public.orders`, `constraint public.orders.orders_pkey`."""
        if self.kind in ("schema", "extension", "cron_job", "data_step"):
            return f"{self.kind.replace('_', ' ')} {self.name}"
        if not self.schema:  # a global default privilege (no IN SCHEMA)
            return f"{self.kind.replace('_', ' ')} {self.name}"
        owner = f"{self.schema}.{self.parent}." if self.parent else f"{self.schema}."
        args = f"({self.signature})" if self.kind in ("function", "aggregate") else ""
        return f"{self.kind} {owner}{self.name}{args}"

    def path(self) -> str:
        """A stable key for JSON output."""
        parts = [self.kind, self.schema, self.parent, self.name]
        path = "/".join(p for p in parts if p)
        return f"{path}({self.signature})" if self.kind in ("function", "aggregate") else path

    @property
    def table_id(self) -> ObjectId:
        """The table a constraint belongs to."""
        return ObjectId("table", self.schema, self.parent)


def schema_id(name: str) -> ObjectId:
    return ObjectId("schema", "", name)


def extension_id(name: str) -> ObjectId:
    return ObjectId("extension", "", name)


def table_id(schema: str, name: str) -> ObjectId:
    return ObjectId("table", schema, name)


def enum_id(schema: str, name: str) -> ObjectId:
    return ObjectId("enum", schema, name)


def sequence_id(schema: str, name: str) -> ObjectId:
    return ObjectId("sequence", schema, name)


def index_id(schema: str, name: str) -> ObjectId:
    return ObjectId("index", schema, name)


def constraint_id(schema: str, table: str, name: str) -> ObjectId:
    return ObjectId("constraint", schema, name, parent=table)
