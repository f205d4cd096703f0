"""Statements of a scratch database's life (canonical/scratch.py, and canonical/leftovers.py for
those a killed run left): made, commented with its creator, owned by a role of its own, dropped.
Names are schemadiff's own (`schemadiff_scratch_<hex>`) or read from the catalog: quoted anyway."""

from __future__ import annotations

from ..quoting import ident, literal


def create_scratch_database(name: str, file_copy: bool) -> str:
    """From template0 (nothing a user added to template1); FILE_COPY where the caller chose it."""
    strategy = " STRATEGY FILE_COPY" if file_copy else ""
    return f"CREATE DATABASE {ident(name)} TEMPLATE template0{strategy}"


def comment_on_database(name: str, comment: str) -> str:
    return f"COMMENT ON DATABASE {ident(name)} IS {literal(comment)}"


def create_scratch_role(name: str, verifier: str) -> str:
    """A login role with no attribute beyond LOGIN; `verifier`: a SCRAM verifier, stored as is.
    INHERIT (the default): the owner's rights on `public` come through pg_database_owner."""
    return (f"CREATE ROLE {ident(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
            f"PASSWORD {literal(verifier)}")


def grant_role_to_current_user(name: str) -> str:
    """OWNER TO needs membership of the new owner unless we are a superuser (harmless then)."""
    return f"GRANT {ident(name)} TO CURRENT_USER"


def database_owner(name: str, owner: str) -> str:
    return f"ALTER DATABASE {ident(name)} OWNER TO {ident(owner)}"


def drop_scratch_database(name: str) -> str:
    """WITH (FORCE): a session a killed run left connected must not keep the database."""
    return f"DROP DATABASE IF EXISTS {ident(name)} WITH (FORCE)"


def drop_scratch_role(name: str) -> str:
    return f"DROP ROLE IF EXISTS {ident(name)}"
