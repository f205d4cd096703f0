"""SQL for domains."""

from __future__ import annotations

from ..model.domains import check_parts
from ..plan import ops
from ..quoting import ident, qualified
from .registry import renders
from .comments import COMMENT_TARGETS, by_qualified_name


def _name(op) -> str:
    return qualified(op.domain.schema, op.domain.name)


@renders(ops.CreateDomain)
def _create_domain(op: ops.CreateDomain) -> list[str]:
    d = op.domain
    parts = [f"CREATE DOMAIN {_name(op)} AS {d.base_type}"]
    if d.default is not None:
        parts.append(f"DEFAULT {d.default}")
    if d.not_null:
        parts.append("NOT NULL")
    valid = {name: check_parts(text)[1] for name, text in d.checks}
    parts += [f"CONSTRAINT {ident(name)} {text}" for name, text in d.checks if valid[name]]
    # CREATE DOMAIN takes no NOT VALID: such a check (its text ends in it) is added right after
    return [" ".join(parts)] + [f"ALTER DOMAIN {_name(op)} ADD CONSTRAINT {ident(name)} {text}"
                                for name, text in d.checks if not valid[name]]


@renders(ops.DropDomain)
def _drop_domain(op: ops.DropDomain) -> list[str]:
    return [f"DROP DOMAIN {_name(op)}"]


@renders(ops.SetDomainDefault)
def _set_default(op: ops.SetDomainDefault) -> list[str]:
    default = op.domain.default
    action = f"SET DEFAULT {default}" if default is not None else "DROP DEFAULT"
    return [f"ALTER DOMAIN {_name(op)} {action}"]


@renders(ops.SetDomainNotNull)
def _set_not_null(op: ops.SetDomainNotNull) -> list[str]:
    return [f"ALTER DOMAIN {_name(op)} {'SET' if op.domain.not_null else 'DROP'} NOT NULL"]


@renders(ops.AddDomainCheck)
def _add_check(op: ops.AddDomainCheck) -> list[str]:
    suffix = " NOT VALID" if op.not_valid else ""
    return [f"ALTER DOMAIN {_name(op)} ADD CONSTRAINT {ident(op.name)} {op.definition}{suffix}"]


@renders(ops.ValidateDomainCheck)
def _validate_check(op: ops.ValidateDomainCheck) -> list[str]:
    return [f"ALTER DOMAIN {_name(op)} VALIDATE CONSTRAINT {ident(op.name)}"]


@renders(ops.DropDomainCheck)
def _drop_check(op: ops.DropDomainCheck) -> list[str]:
    return [f"ALTER DOMAIN {_name(op)} DROP CONSTRAINT {ident(op.name)}"]


COMMENT_TARGETS.register("domain", by_qualified_name("DOMAIN"))
