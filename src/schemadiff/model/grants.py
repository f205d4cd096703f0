"""Privileges: what one grantee holds on one object."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, schema_id
from .kinds import register_kind

PUBLIC = "PUBLIC"  # the pseudo-role every role belongs to (grantee oid 0)


# Object kinds a grant can be on; views and materialized views are granted ON TABLE.
GRANT_KINDS = ("schema", "table", "view", "matview", "sequence", "function")


def grant_id(schema: str, object_kind: str, object_name: str, grantee: str,
             signature: str = "") -> ObjectId:
    """`grant app/table orders:app_user`: one grant object per (object, grantee)."""
    args = f"({signature})" if object_kind == "function" else ""
    return ObjectId("grant", schema, f"{object_kind} {object_name}{args}:{grantee}")


@dataclass(frozen=True, slots=True)
class Grant:
    """The privileges one grantee holds on one object (beyond the owner's and the defaults)."""

    schema: str  # the object's schema; for object_kind 'schema', the schema itself
    object_kind: str  # one of GRANT_KINDS
    object_name: str
    grantee: str  # a role name, or PUBLIC
    privileges: tuple[str, ...]  # sorted upper-case names: SELECT, INSERT, USAGE, EXECUTE, ...
    with_grant_option: bool = False
    signature: str = ""  # a function's input argument types, as its function_id has them
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return grant_id(self.schema, self.object_kind, self.object_name, self.grantee,
                        self.signature)

    @property
    def object_id(self) -> ObjectId:
        """The granted object's id (a function's carries its signature)."""
        if self.object_kind == "schema":
            return schema_id(self.object_name)
        return ObjectId(self.object_kind, self.schema, self.object_name, signature=self.signature)


register_kind("grant", Grant, family="grants", rank=140)
