"""Default privileges: GRANT and REVOKE the difference, as object grants do (strategies/grants.py).

An entry's revoked built-in defaults are part of it: creating it revokes them, dropping it (the
grantee no longer listed) gives them back."""

from __future__ import annotations

from ...model import DefaultPrivilege
from ...model.ids import schema_id
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy


def _create(e: DefaultPrivilege, ctx: Context) -> list[ops.Op]:
    out: list[ops.Op] = []
    if e.privileges:
        out.append(ops.GrantDefaultPrivileges(e, e.privileges, e.with_grant_option))
    if e.revoked:
        out.append(ops.RevokeBuiltinDefaultPrivileges(e, e.revoked))
    return out


def _drop(e: DefaultPrivilege, ctx: Context) -> list[ops.Op]:
    if e.schema and schema_id(e.schema) not in ctx.desired.objects:
        return []  # DROP SCHEMA removes the entries IN SCHEMA it
    out: list[ops.Op] = []
    if e.privileges:
        out.append(ops.RevokeGrantedDefaultPrivileges(e, e.privileges))
    if e.revoked:
        out.append(ops.RestoreBuiltinDefaultPrivileges(e, e.revoked))
    return out


def _alter(old: DefaultPrivilege, new: DefaultPrivilege, fields: tuple[str, ...],
           ctx: Context) -> list[ops.Op]:
    """Revokes first, then grants; then the built-in defaults given back or revoked."""
    removed = tuple(p for p in old.privileges if p not in new.privileges)
    added = tuple(p for p in new.privileges if p not in old.privileges)
    kept = tuple(p for p in new.privileges if p in old.privileges)
    out: list[ops.Op] = [ops.RevokeGrantedDefaultPrivileges(old, removed)] if removed else []
    if old.with_grant_option and not new.with_grant_option and kept:
        out.append(ops.RevokeGrantedDefaultPrivileges(new, kept, grant_option_only=True))
    if new.with_grant_option and not old.with_grant_option:
        added = new.privileges  # the kept ones gain the grant option too
    if added:
        out.append(ops.GrantDefaultPrivileges(new, added, new.with_grant_option))
    restored = tuple(p for p in old.revoked if p not in new.revoked)
    revoked = tuple(p for p in new.revoked if p not in old.revoked)
    out += [ops.RestoreBuiltinDefaultPrivileges(new, restored)] if restored else []
    return out + ([ops.RevokeBuiltinDefaultPrivileges(new, revoked)] if revoked else [])


STRATEGIES.register("default_privilege", Strategy(create=_create, drop=_drop, alter=_alter))
