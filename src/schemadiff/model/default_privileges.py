"""Default privileges (ALTER DEFAULT PRIVILEGES): what one grantee will hold on the objects one
role creates from now on, everywhere or in one schema (pg_default_acl)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .grants import PUBLIC
from .ids import ObjectId
from .kinds import register_kind

# The `ON ...` of ALTER DEFAULT PRIVILEGES, as schema.yaml spells it.
DEFAULT_PRIVILEGE_KINDS = ("tables", "sequences", "functions", "types", "schemas")


def builtin_defaults(on: str, schema: str, grantee: str) -> frozenset[str]:
    """What `grantee` holds by default on new objects (acldefault) beside the creating role's own.
    Only a global entry (no schema) replaces acldefault: one IN SCHEMA only adds to it."""
    if schema or grantee != PUBLIC:
        return frozenset()
    return {"functions": frozenset({"EXECUTE"}), "types": frozenset({"USAGE"})}.get(on, frozenset())


def default_privilege_id(for_role: str, schema: str, on: str, grantee: str) -> ObjectId:
    """`default_privilege app.app_owner tables:app_user`; a global entry has no schema."""
    return ObjectId("default_privilege", schema, f"{for_role} {on}:{grantee}")


@dataclass(frozen=True, slots=True)
class DefaultPrivilege:
    """One grantee's entry in the default ACL of (for_role, schema, on): the privileges granted
    beyond the built-in defaults, and the built-in defaults revoked (global entries only)."""

    for_role: str
    schema: str  # "" for a global entry (no IN SCHEMA)
    on: str  # one of DEFAULT_PRIVILEGE_KINDS
    grantee: str  # a role name, or PUBLIC
    privileges: tuple[str, ...]  # sorted upper-case names
    with_grant_option: bool = False
    revoked: tuple[str, ...] = ()  # sorted builtin_defaults not held
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)
    # The entry's index in schema.yaml's `default_privileges:` list (for errors; None when read)
    spec_index: int | None = field(default=None, compare=False)

    @property
    def id(self) -> ObjectId:
        return default_privilege_id(self.for_role, self.schema, self.on, self.grantee)

    @property
    def held(self) -> frozenset[str]:
        defaults = builtin_defaults(self.on, self.schema, self.grantee)
        return (defaults - set(self.revoked)) | set(self.privileges)


# After every object (grants are 140): a default applies to objects created after it.
register_kind("default_privilege", DefaultPrivilege, family="default_privileges", rank=145)
