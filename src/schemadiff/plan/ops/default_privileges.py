"""Operations on default privileges (ALTER DEFAULT PRIVILEGES ... GRANT / REVOKE).

They change pg_default_acl only, no existing object: no table lock (LockMode.NONE). A revoked
built-in default is part of creating the entry, and giving it back part of dropping it, as for
object grants (plan/ops/security.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import PUBLIC, DefaultPrivilege, ObjectId
from .base import SECURITY, LockMode, Op


@dataclass(frozen=True)
class _DefaultPrivilegeOp(Op):
    entry: DefaultPrivilege
    privileges: tuple[str, ...]

    @property
    def target(self) -> ObjectId:
        return self.entry.id

    def scope(self) -> str:
        e = self.entry
        where = f" in schema {e.schema}" if e.schema else ""
        return f"on {e.on} {e.for_role} creates{where}"

    def _to_public(self):
        if self.entry.grantee == PUBLIC:
            return ((SECURITY, f"grants {', '.join(self.privileges)} {self.scope()} to PUBLIC: "
                               "every role, present and future"),)
        return ()


@dataclass(frozen=True)
class GrantDefaultPrivileges(_DefaultPrivilegeOp):
    with_grant_option: bool = False
    lock_mode = LockMode.NONE  # pg_default_acl only: no table is locked
    action = "create"

    def hazards(self):
        return self._to_public()

    def describe(self) -> str:
        return f"grant default {', '.join(self.privileges)} {self.scope()} to {self.entry.grantee}"


@dataclass(frozen=True)
class RevokeGrantedDefaultPrivileges(_DefaultPrivilegeOp):
    grant_option_only: bool = False
    lock_mode = LockMode.NONE  # pg_default_acl only: no table is locked
    action = "drop"

    def describe(self) -> str:
        what = "grant option for " if self.grant_option_only else ""
        return (f"revoke default {what}{', '.join(self.privileges)} {self.scope()} "
                f"from {self.entry.grantee}")


@dataclass(frozen=True)
class RevokeBuiltinDefaultPrivileges(_DefaultPrivilegeOp):
    """PUBLIC's EXECUTE on the functions (USAGE on the types) a role creates, revoked."""

    lock_mode = LockMode.NONE  # pg_default_acl only: no table is locked
    action = "create"

    def describe(self) -> str:
        return (f"revoke built-in default {', '.join(self.privileges)} {self.scope()} "
                f"from {self.entry.grantee}")


@dataclass(frozen=True)
class RestoreBuiltinDefaultPrivileges(_DefaultPrivilegeOp):
    lock_mode = LockMode.NONE  # pg_default_acl only: no table is locked
    action = "drop"

    def hazards(self):
        return self._to_public()

    def describe(self) -> str:
        return (f"restore built-in default {', '.join(self.privileges)} {self.scope()} "
                f"to {self.entry.grantee}")
