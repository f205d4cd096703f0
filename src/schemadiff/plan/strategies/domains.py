"""Domains: created whole; on an existing domain, each part altered in place."""

from __future__ import annotations

from ...model import Domain
from ...model.domains import check_parts
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
    after the main transaction (unless declared `valid: false`), so existing values are scanned
    without holding its locks. A NOT VALID check wanted valid is only validated; a valid one
    wanted NOT VALID is dropped and added NOT VALID (nothing un-validates in place)."""
    before = {name: check_parts(text) for name, text in old.checks}
    after = {name: check_parts(text) for name, text in new.checks}
    validated = [name for name, (definition, valid) in after.items()
                 if valid and before.get(name) == (definition, False)]
    added = [name for name in after if before.get(name) != after[name] and name not in validated]
    out: list[ops.Op] = [ops.DropDomainCheck(new, name) for name in before
                         if before[name] != after.get(name) and name not in validated]
    out += [ops.AddDomainCheck(new, name, after[name][0], not_valid=True) for name in added]
    return out + [ops.ValidateDomainCheck(new, name) for name in added + validated
                  if after[name][1]]  # all adds in one batch


STRATEGIES.register("domain", Strategy(
    create=lambda domain, ctx: with_comment(domain, ops.CreateDomain(domain)),
    drop=lambda domain, ctx: [ops.DropDomain(domain)], alter=_alter))
