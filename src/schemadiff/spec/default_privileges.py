"""`default_privileges:` (ALTER DEFAULT PRIVILEGES): the document, its model and its dump.

A top-level list, not a schema block: a global entry belongs to no schema, and an entry is
identified by three fields (for_role, in_schema, on), not a name; one triple may appear once.
schema.yaml manages all of pg_default_acl: an entry it does not list is revoked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import AfterValidator, model_validator

from ..model import DefaultPrivilege
from ..model.default_privileges import builtin_defaults
from .build_views import role
from .fields import Name, Spec, Words
from .paths import RuleError
from .security import PRIVILEGES, ShortGrant, _check_privileges

On = Annotated[Literal["tables", "sequences", "functions", "types", "schemas"], Words]


class DefaultPrivilegeSpec(Spec):
    """One default ACL: what each grantee will hold on the objects `for_role` creates (in
    `in_schema`, or anywhere when omitted). As under `grants:`, a grantee's list is all it holds:
    `PUBLIC: []` on a global `functions` entry revokes the EXECUTE every role has by default."""

    for_role: Name
    in_schema: Name | None = None
    on: On
    grants: dict[Name, ShortGrant] = {}

    @model_validator(mode="after")
    def _rules(self):
        if self.in_schema is not None and self.on == "schemas":
            raise RuleError("default privileges on schemas cannot be IN SCHEMA", ("in_schema",),
                            "omit in_schema")
        kind = "schema" if self.on == "schemas" else self.on
        for grantee, grant in self.grants.items():
            _check_privileges(kind, grant.privileges, ("grants", grantee, "privileges"))
            if grant.columns:
                raise RuleError("default privileges cannot name columns",
                                ("grants", grantee, "columns"))
        return self


def _unique(entries: list[DefaultPrivilegeSpec]) -> list[DefaultPrivilegeSpec]:
    seen: set[tuple] = set()
    for i, e in enumerate(entries):
        key = (e.for_role, e.in_schema, e.on)
        if key in seen:
            raise RuleError(f"a second entry for role {e.for_role!r}, on {e.on}"
                            + (f", in schema {e.in_schema!r}" if e.in_schema else ""), (i,),
                            "merge the two entries' grants")
        seen.add(key)
    return entries


DefaultPrivilegesSpec = Annotated[list[DefaultPrivilegeSpec], AfterValidator(_unique)]


def default_privileges(entries: list[DefaultPrivilegeSpec]) -> Iterator[DefaultPrivilege]:
    """One DefaultPrivilege per (entry, grantee) that differs from the built-in defaults."""
    for i, e in enumerate(entries):
        for grantee, grant in e.grants.items():
            name, schema = role(grantee), e.in_schema or ""
            listed = {p.upper() for p in grant.privileges}
            defaults = builtin_defaults(e.on, schema, name)
            revoked = () if "ALL" in listed else tuple(sorted(defaults - listed))
            privileges = tuple(sorted(listed - defaults))
            if privileges or revoked:
                yield DefaultPrivilege(e.for_role, schema, e.on, name, privileges,
                                       grant.with_grant_option, revoked, spec_index=i)


def dump_default_privileges(entries: list[DefaultPrivilege]) -> list[dict]:
    """The `default_privileges:` list: one entry per (role, schema, on), every grantee with all
    it holds (so a revoked built-in default reads `PUBLIC: []`)."""
    out: dict[tuple, dict] = {}
    for e in sorted(entries, key=lambda e: (e.for_role, e.schema, e.on, e.grantee)):
        block = out.setdefault((e.for_role, e.schema, e.on), _entry(e))
        held = sorted(p.lower() for p in e.held)
        block["grants"][e.grantee] = ({"privileges": held, "with_grant_option": True}
                                      if e.with_grant_option else held)
    return list(out.values())


def _entry(e: DefaultPrivilege) -> dict:
    block: dict = {"for_role": e.for_role}
    if e.schema:
        block["in_schema"] = e.schema
    return block | {"on": e.on, "grants": {}}
