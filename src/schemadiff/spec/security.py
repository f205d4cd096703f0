"""Documents for row-level security, policies and grants."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .fields import Name, Spec, SqlPolicy, SqlText, Words, short_list
from .paths import RuleError

Command = Annotated[Literal["all", "select", "insert", "update", "delete"], Words]


class RlsSpec(Spec):
    """`rls:` on a table: ENABLE / FORCE ROW LEVEL SECURITY."""

    enabled: bool = True
    forced: bool = False  # the table owner is subject to the policies too


class PolicySpec(Spec):
    command: Command = "all"
    permissive: bool = True  # false: AS RESTRICTIVE
    roles: Annotated[list[Name], Field(min_length=1)] = ["public"]
    using: SqlPolicy | None = None
    with_check: SqlPolicy | None = None
    comment: SqlText | None = None

    @model_validator(mode="after")
    def _clauses_fit_command(self):
        # Postgres: INSERT policies take only WITH CHECK; SELECT and DELETE only USING.
        if self.command == "insert" and self.using is not None:
            raise RuleError("an insert policy cannot have `using`", ("using",),
                            "new rows are checked with `with_check`")
        if self.command in ("select", "delete") and self.with_check is not None:
            raise RuleError(f"a {self.command} policy cannot have `with_check`", ("with_check",))
        return self


Privilege = Annotated[str, Words]


class GrantSpec(Spec):
    """What one grantee holds on one object; a list of privileges is the short form. The list
    is all the grantee holds: `PUBLIC: []` on a function revokes the EXECUTE every role has by
    default (an object named with no PUBLIC entry keeps it)."""

    privileges: list[Privilege] = []
    with_grant_option: bool = False
    # a table's column privileges: privilege -> columns (GRANT SELECT (id, total) ON orders)
    columns: dict[Privilege, Annotated[list[Name], Field(min_length=1)]] = {}


ShortGrant = Annotated[GrantSpec, short_list("privileges", "a list of privileges or a map")]
# grantee (a role, or PUBLIC) -> its privileges on the object
Grantees = dict[Name, ShortGrant]

# Privileges each kind of object accepts (ALL stands for every one of them).
PRIVILEGES = {
    "schema": ("usage", "create"),
    "tables": ("select", "insert", "update", "delete", "truncate", "references", "trigger",
               "maintain"),
    "views": ("select", "insert", "update", "delete", "truncate", "references", "trigger",
              "maintain"),
    "sequences": ("usage", "select", "update"),
    "functions": ("execute",),
    "types": ("usage",),
}
# Privileges a column takes (GRANT ... (columns) ON TABLE).
COLUMN_PRIVILEGES = ("select", "insert", "update", "references")


class GrantsSpec(Spec):
    """`grants:` in a schema. Every object named here has exactly the grants listed (others
    are revoked; `{}` revokes all); objects not named keep whatever grants they have."""

    schema_: Grantees | None = Field(None, alias="schema")  # on the schema itself
    tables: dict[Name, Grantees] = {}
    views: dict[Name, Grantees] = {}  # views and materialized views
    sequences: dict[Name, Grantees] = {}
    functions: dict[SqlText, Grantees] = {}  # key: `name(argument types)`
    types: dict[Name, Grantees] = {}  # enums and domains (GRANT USAGE ON TYPE / ON DOMAIN)

    model_config = Spec.model_config | {"populate_by_name": True}

    @model_validator(mode="after")
    def _known_privileges(self):
        for kind, path, grantees in self.blocks():
            for grantee, grant in grantees.items():
                _check_privileges(kind, grant.privileges, path + (grantee, "privileges"))
                _check_columns(kind, grant.columns, path + (grantee, "columns"))
        return self

    def blocks(self):
        """(kind, path, grantees) for every object listed, the schema itself first."""
        if self.schema_ is not None:
            yield "schema", ("schema",), self.schema_
        for kind in ("tables", "views", "sequences", "functions", "types"):
            for name, grantees in getattr(self, kind).items():
                yield kind, (kind, name), grantees


def _check_privileges(kind: str, privileges: list[str], path) -> None:
    allowed = PRIVILEGES[kind]
    for i, privilege in enumerate(privileges):
        if privilege != "all" and privilege not in allowed:
            raise RuleError(f"{privilege!r} is not a privilege on {kind}", path + (i,),
                            f"one of: all, {', '.join(allowed)}")


def _check_columns(kind: str, columns: dict[str, list[str]], path) -> None:
    if columns and kind != "tables":
        raise RuleError(f"column privileges are modelled on tables, not on {kind}", path,
                        "grant on the whole object under `privileges:`")
    for privilege in columns:
        if privilege not in COLUMN_PRIVILEGES:
            raise RuleError(f"{privilege!r} is not a column privilege", path + (privilege,),
                            f"one of: {', '.join(COLUMN_PRIVILEGES)}")
