"""Default privileges from pg_default_acl (beyond acldefault, and its defaults revoked)."""

from __future__ import annotations

from ..model import DefaultPrivilege
from ..model.ids import schema_id
from .catalog import READERS, Reader, Row


def _entry(r: Row) -> DefaultPrivilege:
    # An IN SCHEMA entry goes with its schema (DROP SCHEMA removes it): that is its pg_depend edge.
    depends = frozenset({schema_id(r["schema"])}) if r["schema"] else frozenset()
    return DefaultPrivilege(for_role=r["for_role"], schema=r["schema"], on=r["object_type"],
                            grantee=r["grantee"], privileges=tuple(r["privileges"]),
                            with_grant_option=r["with_grant_option"], revoked=tuple(r["revoked"]),
                            depends_on=depends)


def default_privileges(rows: list[Row]) -> list[DefaultPrivilege]:
    return [_entry(r) for r in rows]


READERS.register("default_privilege", Reader("default_privileges", default_privileges))
