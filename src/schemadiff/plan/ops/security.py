"""Operations for row-level security, policies and grants."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import PUBLIC, Grant, ObjectId, Policy
from ...model.ids import table_id
from .base import SECURITY, Lock, LockMode, Op


@dataclass(frozen=True)
class SetRowLevelSecurity(Op):
    """ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY; None leaves that flag alone."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    schema: str
    table_name: str
    enabled: bool | None = None
    forced: bool | None = None

    @property
    def target(self) -> ObjectId:
        return table_id(self.schema, self.table_name)

    @property
    def table(self) -> ObjectId:
        return self.target

    def hazards(self):
        if self.enabled is False:
            return ((SECURITY, f"disables row-level security on {self.table_name}: its policies "
                               "stop filtering rows"),)
        return ()

    def describe(self) -> str:
        parts = [] if self.enabled is None else ["enable" if self.enabled else "disable"]
        parts += [] if self.forced is None else ["force" if self.forced else "no force"]
        return f"{' and '.join(parts)} row-level security on {self.schema}.{self.table_name}"


def allows_everything(p: Policy) -> bool:
    """A permissive policy whose expression is plain `true`: it lets every row through."""
    texts = [t for t in (p.using, p.with_check) if t is not None]
    return p.permissive and any(_is_true(t) for t in texts)


def _is_true(text: str) -> bool:
    return text.strip().strip("()").strip().lower() == "true"


@dataclass(frozen=True)
class _PolicyOp(Op):
    policy: Policy

    @property
    def target(self) -> ObjectId:
        return self.policy.id

    @property
    def table(self) -> ObjectId:
        return self.policy.table_id

    def _open_hazards(self):
        p = self.policy
        if allows_everything(p):
            who = "everyone" if p.roles == (PUBLIC,) else ", ".join(p.roles)
            return ((SECURITY, f"policy {p.name} on {p.table} lets {who} {p.command.lower()} "
                               "every row (its expression is true)"),)
        return ()


@dataclass(frozen=True)
class CreatePolicy(_PolicyOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    action = "create"

    def hazards(self):
        return self._open_hazards()

    def describe(self) -> str:
        return f"create policy {self.policy.name} on {self.policy.schema}.{self.policy.table}"


@dataclass(frozen=True)
class AlterPolicy(_PolicyOp):
    """ALTER POLICY: roles, USING and WITH CHECK (command and permissiveness need drop + create)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE

    def hazards(self):
        return self._open_hazards()

    def describe(self) -> str:
        return f"alter policy {self.policy.name} on {self.policy.schema}.{self.policy.table}"


@dataclass(frozen=True)
class DropPolicy(_PolicyOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    action = "drop"

    def describe(self) -> str:
        return f"drop policy {self.policy.name} on {self.policy.schema}.{self.policy.table}"


@dataclass(frozen=True)
class _GrantOp(Op):
    lock_mode = LockMode.ACCESS_SHARE
    grant: Grant
    privileges: tuple[str, ...]

    @property
    def target(self) -> ObjectId:
        return self.grant.id

    @property
    def table(self) -> ObjectId | None:
        # A column's privileges wait for its ADD COLUMN and go before its DROP COLUMN.
        return self.grant.object_id if self.grant.object_kind == "column" else None

    def locks(self) -> tuple[Lock, ...]:
        return _grant_locks(self.grant)


@dataclass(frozen=True)
class GrantPrivileges(_GrantOp):
    with_grant_option: bool = False
    lock_mode = LockMode.ACCESS_SHARE
    action = "create"

    def hazards(self):
        return _to_public(self.grant, self.privileges)

    def describe(self) -> str:
        return f"grant {', '.join(self.privileges)} on {_on(self.grant)} to {self.grant.grantee}"


@dataclass(frozen=True)
class RevokePrivileges(_GrantOp):
    grant_option_only: bool = False  # REVOKE GRANT OPTION FOR: the privileges stay
    lock_mode = LockMode.ACCESS_SHARE
    action = "drop"

    def describe(self) -> str:
        what = "grant option for " if self.grant_option_only else ""
        privileges = ", ".join(self.privileges)
        return f"revoke {what}{privileges} on {_on(self.grant)} from {self.grant.grantee}"


@dataclass(frozen=True)
class RevokeDefaultPrivileges(_GrantOp):
    """REVOKE of a default (PUBLIC's EXECUTE on a function): part of creating the grant, so it
    waits for the object and runs in the transaction that creates it (no window in which PUBLIC
    may call a new SECURITY DEFINER function)."""

    lock_mode = LockMode.ACCESS_SHARE
    action = "create"

    def describe(self) -> str:
        return (f"revoke default {', '.join(self.privileges)} on {_on(self.grant)} "
                f"from {self.grant.grantee}")


@dataclass(frozen=True)
class RestoreDefaultPrivileges(_GrantOp):
    """GRANT of a default revoked before (the grant of `PUBLIC: []` removed from schema.yaml)."""

    lock_mode = LockMode.ACCESS_SHARE
    action = "drop"

    def hazards(self):
        return _to_public(self.grant, self.privileges)

    def describe(self) -> str:
        return (f"restore default {', '.join(self.privileges)} on {_on(self.grant)} "
                f"to {self.grant.grantee}")


def _to_public(g: Grant, privileges: tuple[str, ...]):
    if g.grantee == PUBLIC:
        return ((SECURITY, f"grants {', '.join(privileges)} on {_on(g)} to "
                           "PUBLIC: every role, present and future"),)
    return ()


def _grant_locks(g: Grant) -> tuple[Lock, ...]:
    """GRANT and REVOKE on a relation take ACCESS SHARE on it (they only wait for ACCESS EXCLUSIVE)."""
    if g.object_kind in ("table", "view", "matview", "sequence", "column"):
        return (Lock(LockMode.ACCESS_SHARE, g.object_id),)
    return ()


def _on(g: Grant) -> str:
    args = f"({g.signature})" if g.object_kind == "function" else ""
    if g.object_kind == "schema":
        return f"schema {g.object_name}"
    if g.object_kind == "column":
        return f"column {g.schema}.{g.object_name}.{g.column}"
    return f"{g.object_kind} {g.schema}.{g.object_name}{args}"
