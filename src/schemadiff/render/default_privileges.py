"""SQL for default privileges: ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT / REVOKE."""

from __future__ import annotations

from ..model import DefaultPrivilege
from ..plan import ops
from ..quoting import ident
from .comments import COMMENT_TARGETS
from .grants import grant_clause, revoke_clause
from .registry import renders


def _prefix(e: DefaultPrivilege) -> str:
    where = f" IN SCHEMA {ident(e.schema)}" if e.schema else ""
    return f"ALTER DEFAULT PRIVILEGES FOR ROLE {ident(e.for_role)}{where}"


def _grant(e: DefaultPrivilege, privileges: tuple[str, ...], with_grant_option: bool = False) -> str:
    return f"{_prefix(e)} {grant_clause(', '.join(privileges), e.on.upper(), e.grantee, with_grant_option)}"


def _revoke(e: DefaultPrivilege, privileges: tuple[str, ...], grant_option_only: bool = False) -> str:
    return f"{_prefix(e)} {revoke_clause(', '.join(privileges), e.on.upper(), e.grantee, grant_option_only)}"


@renders(ops.GrantDefaultPrivileges)
def _grant_default(op: ops.GrantDefaultPrivileges) -> list[str]:
    return [_grant(op.entry, op.privileges, op.with_grant_option)]


@renders(ops.RevokeGrantedDefaultPrivileges)
def _revoke_granted(op: ops.RevokeGrantedDefaultPrivileges) -> list[str]:
    return [_revoke(op.entry, op.privileges, op.grant_option_only)]


@renders(ops.RevokeBuiltinDefaultPrivileges)
def _revoke_builtin(op: ops.RevokeBuiltinDefaultPrivileges) -> list[str]:
    return [_revoke(op.entry, op.privileges)]


@renders(ops.RestoreBuiltinDefaultPrivileges)
def _restore_builtin(op: ops.RestoreBuiltinDefaultPrivileges) -> list[str]:
    return [_grant(op.entry, op.privileges)]


COMMENT_TARGETS.register("default_privilege", None)  # no object: nothing to comment on
