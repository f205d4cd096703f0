"""Table constraints: primary key, unique, check, foreign key, exclusion."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, constraint_id, table_id
from .kinds import register_kind

PRIMARY_KEY = "p"
UNIQUE = "u"
CHECK = "c"
FOREIGN_KEY = "f"
EXCLUSION = "x"

KIND_NAMES = {
    PRIMARY_KEY: "primary key",
    UNIQUE: "unique",
    CHECK: "check",
    FOREIGN_KEY: "foreign key",
    EXCLUSION: "exclusion",
}


@dataclass(frozen=True, slots=True)
class Constraint:
    schema: str
    table: str
    name: str
    kind: str  # one of p u c f x
    # pg_get_constraintdef() text with search_path='' (so references are schema-qualified),
    # e.g. `FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE RESTRICT`.
    definition: str
    columns: tuple[str, ...] = ()
    ref_table: tuple[str, str] | None = None  # (schema, table) of a foreign key
    ref_columns: tuple[str, ...] = ()
    comment: str | None = None
    # False for NOT VALID (pg_constraint.convalidated): enforced for new rows, existing rows not
    # checked. Part of the state: a NOT VALID constraint where a valid one is wanted is a
    # difference (it is validated), and the other way round (dropped and added NOT VALID).
    # `definition` never carries the NOT VALID suffix pg_get_constraintdef() prints; this does.
    validated: bool = True
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return constraint_id(self.schema, self.table, self.name)

    @property
    def table_id(self) -> ObjectId:
        return table_id(self.schema, self.table)

    @property
    def ref_table_id(self) -> ObjectId | None:
        return table_id(*self.ref_table) if self.ref_table else None

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


register_kind("constraint", Constraint, family="constraints", rank=80)
