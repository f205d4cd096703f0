"""Domains: created whole; on an existing domain, each part altered in place."""

from __future__ import annotations

from ...model import Domain
from .. import ops
from .context import Context
from .registry import STRATEGIES, Strategy, comment_change, with_comment


def _alter(old: Domain, new: Domain, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    out: list[ops.Op] = []
    if "default" in fields:
        out.append(ops.SetDomainDefault(new))
    if "not_null" in fields:
        out.append(ops.SetDomainNotNull(new))
    if "checks" in fields:
        out += _check_ops(old, new)
    return out + comment_change(new, fields)


def _check_ops(old: Domain, new: Domain) -> list[ops.Op]:
    """Changed checks are dropped and added again; new ones are added NOT VALID and validated
    after the main transaction, so existing values are scanned without holding its locks."""
    before, after = dict(old.checks), dict(new.checks)
    added = [name for name, text in after.items() if before.get(name) != text]
    out: list[ops.Op] = [ops.DropDomainCheck(new, name) for name, text in before.items()
                         if after.get(name) != text]
    out += [ops.AddDomainCheck(new, name, after[name], not_valid=True) for name in added]
    return out + [ops.ValidateDomainCheck(new, name) for name in added]  # all adds in one batch


STRATEGIES.register("domain", Strategy(
    create=lambda domain, ctx: with_comment(domain, ops.CreateDomain(domain)),
    drop=lambda domain, ctx: [ops.DropDomain(domain)], alter=_alter))
