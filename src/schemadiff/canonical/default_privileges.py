"""Default privileges in the scratch database: built last, as the scratch server's own role.

`ALTER DEFAULT PRIVILEGES FOR ROLE r` needs membership of r, which the build's least-privilege
role never has; and an entry applies only to objects created after it, so built after every
object it changes nothing else the build reads back. Roles are not managed by schemadiff: a
role that does not exist is refused at its schema.yaml entry."""

from __future__ import annotations

import psycopg

from ..errors import SpecError
from ..model import PUBLIC, Database, DefaultPrivilege
from ..sqlfiles import query_text


def split_default_privileges(db: Database) -> tuple[Database, tuple[DefaultPrivilege, ...]]:
    """(the database without its default privileges, those entries)."""
    entries = tuple(db.of_kind("default_privilege"))
    return (db.without(*(e.id for e in entries)) if entries else db), entries


def check_roles(conn: psycopg.Connection, entries: tuple[DefaultPrivilege, ...], source: str) -> None:
    """Raise a SpecError at the first entry naming a role the server does not have."""
    named = {e.for_role for e in entries} | {e.grantee for e in entries if e.grantee != PUBLIC}
    known = {r for (r,) in conn.execute(query_text(__package__, "existing_roles"), (sorted(named),)).fetchall()}
    for e in sorted(entries, key=lambda e: (e.spec_index is None, e.spec_index or 0)):
        for name, key in ((e.for_role, "for_role"), (e.grantee, f"grants.{e.grantee}")):
            if name != PUBLIC and name not in known:
                raise SpecError(f"role {name!r} does not exist", source,
                                key=_key(e, key),
                                hint="schemadiff does not create roles: create it on the target "
                                     "(and on the scratch server) first")


def _key(e: DefaultPrivilege, field: str) -> str:
    return "default_privileges" if e.spec_index is None else f"default_privileges.{e.spec_index}.{field}"
