"""Grants: GRANT and REVOKE the difference (diff/grants.py decides which objects are managed).

A grant's `revoked` defaults are part of it: creating the grant revokes them, dropping it (the
grantee no longer listed) gives them back."""

from __future__ import annotations

from ...model import EnumType, Grant
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy


def _create(grant: Grant, ctx: Context) -> list[ops.Op]:
    return [] if _on_recreated_enum(grant, ctx) else create_ops(grant)


def create_ops(grant: Grant) -> list[ops.Op]:
    """GRANT what `grant` holds, REVOKE the defaults it was denied."""
    # `{}` or `role: []` in schema.yaml: managed, nothing to grant
    out: list[ops.Op] = []
    if grant.privileges:
        out.append(ops.GrantPrivileges(grant, grant.privileges, grant.with_grant_option))
    if grant.revoked:
        out.append(ops.RevokeDefaultPrivileges(grant, grant.revoked))
    return out


def _drop(grant: Grant, ctx: Context) -> list[ops.Op]:
    if grant.object_id not in ctx.desired.objects or _column_gone(grant, ctx) or _on_recreated_enum(grant, ctx):
        return []  # the object (or column) is dropped, and its grants with it
    out: list[ops.Op] = []
    if grant.privileges:
        out += [ops.RevokePrivileges(grant, grant.privileges), *_columns_again(grant, grant.privileges, ctx)]
    if grant.revoked:
        out.append(ops.RestoreDefaultPrivileges(grant, grant.revoked))
    return out


def _column_gone(grant: Grant, ctx: Context) -> bool:
    if grant.object_kind != "column":
        return False
    table = ctx.desired.get(grant.object_id)
    return table is None or table.column(grant.column) is None


def _on_recreated_enum(grant: Grant, ctx: Context) -> bool:
    """The grants of an enum made anew go with the old type; the enum strategy makes every desired
    one again after the CREATE TYPE (strategies/types.py)."""
    old, new = ctx.current.get(grant.object_id), ctx.desired.get(grant.object_id)
    return isinstance(old, EnumType) and isinstance(new, EnumType) and ops.RecreateEnum.needed(old, new)


def _alter(old: Grant, new: Grant, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    """Revokes first, then grants (a revoke is a drop: it runs before any create of the grant)."""
    if _on_recreated_enum(new, ctx):
        return []
    removed = tuple(p for p in old.privileges if p not in new.privileges)
    added = tuple(p for p in new.privileges if p not in old.privileges)
    kept = tuple(p for p in new.privileges if p in old.privileges)
    out: list[ops.Op] = [ops.RevokePrivileges(old, removed), *_columns_again(old, removed, ctx)] if removed else []
    if old.with_grant_option and not new.with_grant_option and kept:
        out.append(ops.RevokePrivileges(new, kept, grant_option_only=True))
        out += _columns_again(new, kept, ctx, grant_option_only=True)
    if new.with_grant_option and not old.with_grant_option:
        added = new.privileges  # the kept ones gain the grant option too
    if added:
        out.append(ops.GrantPrivileges(new, added, new.with_grant_option))
    return out + _defaults_changed(old, new)


def _columns_again(table_grant: Grant, revoked: tuple[str, ...], ctx: Context,
                   grant_option_only: bool = False) -> list[ops.Op]:
    """REVOKE on a table also revokes the same privileges (or their grant option) on each of its
    columns (PostgreSQL's GRANT page): the grantee's column grants schema.yaml keeps are made
    again after it. Found by the hypothesis round trip: `GRANT ALL` to PUBLIC removed beside a
    kept `UPDATE (a.b)` to PUBLIC left no column grant."""
    if table_grant.object_kind != "table":
        return []
    out: list[ops.Op] = []
    for g in ctx.desired.of_kind("grant"):
        if (g.object_kind != "column" or g.object_id != table_grant.object_id
                or g.grantee != table_grant.grantee or (grant_option_only and not g.with_grant_option)):
            continue
        again = tuple(p for p in g.privileges if p in revoked)
        if again:
            out.append(ops.GrantPrivileges(g, again, g.with_grant_option))
    return out


def _defaults_changed(old: Grant, new: Grant) -> list[ops.Op]:
    restored = tuple(p for p in old.revoked if p not in new.revoked)
    revoked = tuple(p for p in new.revoked if p not in old.revoked)
    out: list[ops.Op] = [ops.RestoreDefaultPrivileges(new, restored)] if restored else []
    return out + ([ops.RevokeDefaultPrivileges(new, revoked)] if revoked else [])


STRATEGIES.register("grant", Strategy(create=_create, drop=_drop, alter=_alter))
