"""Grants: GRANT and REVOKE the difference (diff/grants.py decides which objects are managed)."""

from __future__ import annotations

from ...model import Grant
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy


def _create(grant: Grant, ctx: Context) -> list[ops.Op]:
    if not grant.privileges:  # `{}` or `role: []` in schema.yaml: managed, nothing to grant
        return []
    return [ops.GrantPrivileges(grant, grant.privileges, grant.with_grant_option)]


def _drop(grant: Grant, ctx: Context) -> list[ops.Op]:
    if grant.object_id not in ctx.desired.objects:
        return []  # the object is dropped, and its grants with it
    return [ops.RevokePrivileges(grant, grant.privileges)]


def _alter(old: Grant, new: Grant, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    """Revokes first, then grants (a revoke is a drop: it runs before any create of the grant)."""
    removed = tuple(p for p in old.privileges if p not in new.privileges)
    added = tuple(p for p in new.privileges if p not in old.privileges)
    kept = tuple(p for p in new.privileges if p in old.privileges)
    out: list[ops.Op] = [ops.RevokePrivileges(old, removed)] if removed else []
    if old.with_grant_option and not new.with_grant_option and kept:
        out.append(ops.RevokePrivileges(new, kept, grant_option_only=True))
    if new.with_grant_option and not old.with_grant_option:
        added = new.privileges  # the kept ones gain the grant option too
    if added:
        out.append(ops.GrantPrivileges(new, added, new.with_grant_option))
    return out


STRATEGIES.register("grant", Strategy(create=_create, drop=_drop, alter=_alter))
