"""Row-level security policies."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, table_id
from .views import ColumnRef
from .grants import PUBLIC
from .kinds import register_kind

COMMANDS = ("ALL", "SELECT", "INSERT", "UPDATE", "DELETE")


@dataclass(frozen=True, slots=True)
class Policy:
    schema: str
    table: str
    name: str
    command: str = "ALL"  # one of COMMANDS
    permissive: bool = True
    roles: tuple[str, ...] = (PUBLIC,)  # sorted role names; PUBLIC for everyone
    using: str | None = None  # pg_get_expr() text with search_path=''
    with_check: str | None = None
    comment: str | None = None
    # Columns the expressions read: a change to one of them needs the policy out of the way.
    reads: frozenset[ColumnRef] = field(default=frozenset(), compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return ObjectId("policy", self.schema, self.name, parent=self.table)

    @property
    def table_id(self) -> ObjectId:
        return table_id(self.schema, self.table)


register_kind("policy", Policy, family="policies", rank=130)
