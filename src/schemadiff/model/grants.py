"""Privileges: what one grantee holds on one object (or one column of a table or view)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, schema_id
from .kinds import register_kind

PUBLIC = "PUBLIC"  # the pseudo-role every role belongs to (grantee oid 0)


# Object kinds a grant can be on; views and materialized views are granted ON TABLE, enums and
# domains ON TYPE / ON DOMAIN, a column's privileges live in pg_attribute.attacl.
GRANT_KINDS = ("schema", "table", "view", "matview", "sequence", "function", "enum", "domain",
               "column")


def default_privileges(object_kind: str, object_name: str, grantee: str) -> frozenset[str]:
    """What `grantee` holds on a new object of that kind without any GRANT (acldefault, and the
    USAGE every database's `public` schema gives PUBLIC from PostgreSQL 15 on)."""
    if grantee != PUBLIC:
        return frozenset()
    if object_kind == "function":
        return frozenset({"EXECUTE"})
    if object_kind in ("enum", "domain"):
        return frozenset({"USAGE"})
    if object_kind == "schema" and object_name == "public":
        return frozenset({"USAGE"})
    return frozenset()


def grant_id(schema: str, object_kind: str, object_name: str, grantee: str,
             signature: str = "", column: str = "") -> ObjectId:
    """`grant app/table orders:app_user`: one grant object per (object, grantee); a column
    grant is `column orders(status):app_user`, never confused with the table's own."""
    args = f"({signature})" if object_kind == "function" else f"({column})" if column else ""
    return ObjectId("grant", schema, f"{object_kind} {object_name}{args}:{grantee}")


@dataclass(frozen=True, slots=True)
class Grant:
    """The privileges one grantee holds on one object beyond the owner's and the defaults, and
    the defaults it was denied (`revoked`: REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC)."""

    schema: str  # the object's schema; for object_kind 'schema', the schema itself
    object_kind: str  # one of GRANT_KINDS
    object_name: str  # for 'column', the table
    grantee: str  # a role name, or PUBLIC
    privileges: tuple[str, ...]  # sorted upper-case names: SELECT, INSERT, USAGE, EXECUTE, ...
    with_grant_option: bool = False
    signature: str = ""  # a function's input argument types, as its function_id has them
    column: str = ""  # for object_kind 'column': the column
    revoked: tuple[str, ...] = ()  # sorted default privileges (default_privileges) not held
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return grant_id(self.schema, self.object_kind, self.object_name, self.grantee,
                        self.signature, self.column)

    @property
    def object_id(self) -> ObjectId:
        """The granted object's id (a function's carries its signature; a column's is its
        table's: column grants are modelled on tables only)."""
        if self.object_kind == "schema":
            return schema_id(self.object_name)
        if self.object_kind == "column":
            return ObjectId("table", self.schema, self.object_name)
        return ObjectId(self.object_kind, self.schema, self.object_name, signature=self.signature)

    @property
    def held(self) -> frozenset[str]:
        """Everything the grantee holds: the defaults it kept, and the privileges granted."""
        defaults = default_privileges(self.object_kind, self.object_name, self.grantee)
        return (defaults - set(self.revoked)) | set(self.privileges)


register_kind("grant", Grant, family="grants", rank=140)
